package org.cityos.registry.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.ResourceCode;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.ValueKind;
import org.cityos.registry.comparison.RecordComparison.Finding;
import org.cityos.registry.comparison.RecordComparison.Golden;
import org.cityos.registry.comparison.RecordComparison.Outcome;
import org.junit.jupiter.api.Test;

class RecordComparisonTests {

	private static final ResourceCode POLICE = new ResourceCode("101001-000001");

	private static final ResourceCode INSURANCE = new ResourceCode("101003-000001");

	private static final ResourceCode DEATHS = new ResourceCode("101005-000002");

	private static final RegistryDefinition POPULATION = new RegistryDefinition("population", "人口库", "id_number",
			"公民身份号码", POLICE, "id_number", "death_date", List.of(
					new RegistryAttribute("name", "姓名", ValueKind.TEXT,
							List.of(new AttributeSource(POLICE, "id_number", "name", true),
									new AttributeSource(INSURANCE, "id_number", "name", false),
									new AttributeSource(DEATHS, "id_number", "name", false))),
					new RegistryAttribute("birth_date", "出生日期", ValueKind.DATE,
							List.of(new AttributeSource(POLICE, "id_number", "birth_date", true))),
					new RegistryAttribute("death_date", "死亡日期", ValueKind.DATE,
							List.of(new AttributeSource(DEATHS, "id_number", "death_date", true)))));

	private final List<SourcePlan> plans = SourcePlan.of(POPULATION);

	private final RecordComparison comparison = new RecordComparison(POPULATION, plans);

	private final List<Map<String, SourceRecord>> sources = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

	@Test
	void readsTheKeyResourceFirstWithItsItems() {
		assertThat(plans).extracting(SourcePlan::source).containsExactly(POLICE.value(), INSURANCE.value(), DEATHS.value());
		assertThat(plans.get(0).items()).containsExactly("id_number", "name", "birth_date");
		assertThat(plans.get(2).items()).containsExactly("id_number", "name", "death_date");
	}

	@Test
	void agreementMakesTheGoldenValueWithEverySourceThatAgrees() {
		hold(0, "110101199001011234", "Li Lei", "1990/1/1");
		hold(1, "110101199001011234", "ＬＩ　　ＬＥＩ ");

		Outcome outcome = comparison.compare(sources);

		assertThat(outcome.findings()).isEmpty();
		Golden golden = outcome.golden().get("110101199001011234");
		assertThat(golden.values()).containsExactly("110101199001011234", "li lei", "1990-01-01", null);
		assertThat(golden.agreeing()[0]).isEqualTo(0b11);
		assertThat(golden.agreeing()[1]).isEqualTo(0b11);
		assertThat(golden.agreeing()[2]).isEqualTo(0b01);
	}

	@Test
	void aDifferentValueIsAConflictOfTheDisagreeingSourceWithEverySourcesValue() {
		hold(0, "110101199001011234", "张三", "1990-01-01");
		hold(1, "110101199001011234", "张山");

		Outcome outcome = comparison.compare(sources);

		assertThat(outcome.findings()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(DiscrepancyKind.VALUE_CONFLICT);
			assertThat(f.attribute()).isEqualTo("name");
			assertThat(f.source()).isEqualTo(1);
			assertThat(f.authoritativeValue()).isEqualTo("张三");
			assertThat(f.ownValue()).isEqualTo("张山");
			assertThat(f.sourceValues()).isEqualTo("{\"101001-000001\": \"张三\", \"101003-000001\": \"张山\"}");
		});
		assertThat(outcome.golden().get("110101199001011234").agreeing()[1]).isEqualTo(0b01);
	}

	@Test
	void aKeyTheKeyResourceLacksIsMissingFromTheAuthorityAndHasNoGoldenValue() {
		hold(1, "110101199001011234", "张三");

		Outcome outcome = comparison.compare(sources);

		assertThat(outcome.golden()).isEmpty();
		assertThat(outcome.findings()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(DiscrepancyKind.MISSING_FROM_AUTHORITY);
			assertThat(f.attribute()).isEqualTo("id_number");
			assertThat(f.authoritativeValue()).isNull();
			assertThat(f.sourceValues()).isEqualTo("{\"101003-000001\": \"110101199001011234\"}");
		});
	}

	@Test
	void aDeathRecordedByTheHealthCommissionIsADiscrepancyOfEveryOtherSourceHoldingTheKey() {
		hold(0, "110101199001011234", "张三", "1990-01-01");
		hold(1, "110101199001011234", "张三");
		hold(2, "110101199001011234", "张三", "2024年3月5日");

		Outcome outcome = comparison.compare(sources);

		assertThat(outcome.findings()).extracting(Finding::kind, Finding::source, Finding::authoritativeValue)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.DEAD_BUT_ALIVE_ELSEWHERE, 0, "2024-03-05"),
					org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.DEAD_BUT_ALIVE_ELSEWHERE, 1, "2024-03-05"));
		assertThat(outcome.findings().get(0).sourceValues()).contains("\"101005-000002\": \"2024年3月5日\"");
		assertThat(outcome.golden().get("110101199001011234").values()[3]).isEqualTo("2024-03-05");
	}

	@Test
	void twoRowsOfOneKeyKeepTheSmallerValue() {
		SourceRecord first = SourceRecord.of(plans.get(1), new String[] { "110101199001011234", "李四" }, "now");
		SourceRecord second = SourceRecord.of(plans.get(1), new String[] { "110101199001011234", "李三" }, "now");

		assertThat(first.merge(second).normalised[0]).isEqualTo("李三");
		assertThat(second.merge(first).raw[0]).isEqualTo("李三");
	}

	@Test
	void aRowWithoutKeyIsLeftOutAndABlankValueIsNone() {
		assertThat(SourceRecord.of(plans.get(1), new String[] { " ", "李四" }, "now")).isNull();
		assertThat(SourceRecord.of(plans.get(1), new String[] { "110101199001011234", "　" }, "now").raw[0]).isNull();
	}

	@Test
	void sourceValuesAreWrittenAsPostgresqlPrintsJsonb() {
		java.util.TreeMap<String, String> values = new java.util.TreeMap<>(Map.of("b", "say \"hi\"\\", "aa", "x\ty"));
		assertThat(RecordComparison.json(values)).isEqualTo("{\"b\": \"say \\\"hi\\\"\\\\\", \"aa\": \"x\\ty\"}");
	}

	private void hold(int source, String key, String... values) {
		String[] row = new String[plans.get(source).items().size()];
		row[0] = key;
		List<String> given = new ArrayList<>(List.of(values));
		for (int i = 1; i < row.length && !given.isEmpty(); i++) {
			row[i] = given.remove(0);
		}
		sources.get(source).put(key, SourceRecord.of(plans.get(source), row, "2026-11-24T00:00:00Z"));
	}
}
