package org.cityos.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityos.cases.DispatchRules.DispatchRule;
import org.junit.jupiter.api.Test;

class DispatchRulesTests {

	private final List<DispatchRule> rules = List.of(new DispatchRule(1L, null, null, "CGJ", 1000, null),
			new DispatchRule(2L, "E04", null, "ZJJ", 100, null), new DispatchRule(3L, "E0402", null, "GSGS", 100, null),
			new DispatchRule(4L, "E0402", "610403", "GSGS2", 100, null),
			new DispatchRule(5L, "E05", null, "GONE", 100, null));

	@Test
	void theMostSpecificCategoryThenAreaWins() {
		assertThat(DispatchRules.choose(rules, List.of("E0402", "E04"), "61040200100101", d -> true)).contains("GSGS");
		assertThat(DispatchRules.choose(rules, List.of("E0402", "E04"), "61040300100101", d -> true)).contains("GSGS2");
		assertThat(DispatchRules.choose(rules, List.of("E0401", "E04"), "61040300100101", d -> true)).contains("ZJJ");
		assertThat(DispatchRules.choose(rules, List.of("C0101", "C01"), null, d -> true)).contains("CGJ");
	}

	@Test
	void aRuleNamingAMissingDepartmentIsSkipped() {
		assertThat(DispatchRules.choose(rules, List.of("E0502", "E05"), null, d -> !d.equals("GONE"))).contains("CGJ");
		assertThat(DispatchRules.choose(rules, List.of("E0502", "E05"), null, d -> false)).isEmpty();
	}
}
