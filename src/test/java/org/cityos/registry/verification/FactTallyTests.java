package org.cityos.registry.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cityos.registry.verification.CheckRule.Measure;
import org.junit.jupiter.api.Test;

class FactTallyTests {

	private static final CheckRule CARS = new CheckRule("vehicle", "机动车", "401001-000001", "owner", Measure.COUNT, null,
			"type", null, List.of("二轮摩托车"), ">=", BigDecimal.ONE, Verdict.INELIGIBLE, "名下登记机动车 {value} 辆");

	private static final CheckRule AREA = new CheckRule("area", "住房面积", "301001-000001", "owner", Measure.SUM, "area",
			null, null, null, ">", new BigDecimal("120"), Verdict.REVIEW, "住宅面积合计 {value} ㎡");

	private static final CheckRule DEPOSIT = new CheckRule("fund", "公积金", "101004-000001", "id", Measure.MAX, "deposit",
			"status", List.of("正常"), null, ">=", new BigDecimal("600"), Verdict.REVIEW, "月缴存额 {value} 元");

	private static final CheckRule DEATH = new CheckRule("death", "死亡记录", "101005-000002", "id", Measure.LATEST,
			"died", null, null, null, "exists", null, Verdict.INELIGIBLE, "死亡日期 {value}");

	private final FactTally tally = new FactTally(new CheckRuleSet("t", "测试", "测试", List.of(), List.of(CARS, AREA,
			DEPOSIT, DEATH)));

	@Test
	void applicantWithoutFactsIsEligible() {
		ApplicantResult result = tally.result("A");
		assertThat(result.verdict()).isEqualTo(Verdict.ELIGIBLE);
		assertThat(result.explanations()).isEmpty();
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void carMakesIneligibleButAMotorbikeDoesNot() {
		tally.accept(CARS, "A", Map.of("owner", "A", "type", "二轮摩托车"));
		assertThat(tally.result("A").verdict()).isEqualTo(Verdict.ELIGIBLE);
		tally.accept(CARS, "A", Map.of("owner", "A", "type", "小型轿车"));
		tally.accept(CARS, "A", Map.of("owner", "A", "type", "轻型货车"));
		ApplicantResult result = tally.result("A");
		assertThat(result.verdict()).isEqualTo(Verdict.INELIGIBLE);
		assertThat(result.explanations()).containsExactly("名下登记机动车 2 辆");
	}

	@Test
	void summedAreaOverTheLimitIsForReviewAtTheLimitIsNot() {
		tally.accept(AREA, "B", Map.of("owner", "B", "area", new BigDecimal("70.50")));
		tally.accept(AREA, "B", Map.of("owner", "B", "area", new BigDecimal("49.50")));
		assertThat(tally.result("B").verdict()).as("120 is not over 120").isEqualTo(Verdict.ELIGIBLE);
		assertThat(tally.result("B").findings()).singleElement().satisfies(f -> {
			assertThat(f.value()).isEqualTo("120");
			assertThat(f.fired()).isFalse();
		});
		tally.accept(AREA, "B", Map.of("owner", "B", "area", new BigDecimal("0.10")));
		assertThat(tally.result("B").verdict()).isEqualTo(Verdict.REVIEW);
		assertThat(tally.result("B").explanations()).containsExactly("住宅面积合计 120.1 ㎡");
	}

	@Test
	void maximumCountsOnlySelectedRows() {
		tally.accept(DEPOSIT, "C", Map.of("id", "C", "deposit", 900L, "status", "封存"));
		tally.accept(DEPOSIT, "C", Map.of("id", "C", "deposit", 450L, "status", "正常"));
		assertThat(tally.result("C").verdict()).isEqualTo(Verdict.ELIGIBLE);
		tally.accept(DEPOSIT, "C", Map.of("id", "C", "deposit", 600L, "status", "正常"));
		assertThat(tally.result("C").explanations()).containsExactly("月缴存额 600 元");
	}

	@Test
	void worstOutcomeWinsAndEveryFiredRuleIsExplained() {
		tally.accept(DEPOSIT, "D", Map.of("id", "D", "deposit", 800L, "status", "正常"));
		tally.accept(DEATH, "D", Map.of("id", "D", "died", "2023-04-01"));
		tally.accept(DEATH, "D", Map.of("id", "D", "died", "2021-01-01"));
		ApplicantResult result = tally.result("D");
		assertThat(result.verdict()).isEqualTo(Verdict.INELIGIBLE);
		assertThat(result.explanations()).containsExactly("月缴存额 800 元", "死亡日期 2023-04-01");
	}
}
