package org.cityos.registry.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.cityos.registry.ValueKind;
import org.junit.jupiter.api.Test;

class NormalisationTests {

	@Test
	void fullWidthLettersDigitsAndSpacesBecomeHalfWidth() {
		assertThat(Normalisation.normalise("ＡＢＣ１２３　公司", ValueKind.TEXT)).isEqualTo("abc123 公司");
	}

	@Test
	void runsOfSpacesCollapseAndEndsAreTrimmed() {
		assertThat(Normalisation.normalise("  宝城市   渭滨区\t人民路 ", ValueKind.TEXT)).isEqualTo("宝城市 渭滨区 人民路");
	}

	@Test
	void textIsComparedWithoutCase() {
		assertThat(Normalisation.normalise("Baoji Steel", ValueKind.TEXT))
			.isEqualTo(Normalisation.normalise("BAOJI steel", ValueKind.TEXT));
	}

	@Test
	void blankIsAbsent() {
		assertThat(Normalisation.normalise("　 ", ValueKind.TEXT)).isNull();
		assertThat(Normalisation.normalise(null, ValueKind.DATE)).isNull();
	}

	@Test
	void everyUsualDateSpellingBecomesIso() {
		for (String spelling : new String[] { "2026-11-24", "2026/11/24", "2026.11.24", "20261124", "2026年11月24日",
				"２０２６－１１－２４", "2026-11-24 08:30:00" }) {
			assertThat(Normalisation.normalise(spelling, ValueKind.DATE)).as(spelling).isEqualTo("2026-11-24");
		}
		assertThat(Normalisation.normalise("1990/1/5", ValueKind.DATE)).isEqualTo("1990-01-05");
		assertThat(Normalisation.normalise(LocalDate.of(1990, 1, 5), ValueKind.DATE)).isEqualTo("1990-01-05");
	}

	@Test
	void dateTimeIsTheDayInTheCity() {
		assertThat(Normalisation.normalise(Instant.parse("2026-11-23T17:00:00Z"), ValueKind.DATE)).isEqualTo("2026-11-24");
	}

	@Test
	void aDateThatDoesNotExistStaysAsWrittenAndDisagrees() {
		assertThat(Normalisation.normalise("2026-02-30", ValueKind.DATE)).isEqualTo("2026-02-30");
	}

	@Test
	void phoneNumbersLoseSeparatorsAndCountryCode() {
		assertThat(Normalisation.normalise("+86 138-0013-8000", ValueKind.PHONE)).isEqualTo("13800138000");
		assertThat(Normalisation.normalise("0086 13800138000", ValueKind.PHONE)).isEqualTo("13800138000");
		assertThat(Normalisation.normalise("８６１３８００１３８０００", ValueKind.PHONE)).isEqualTo("13800138000");
		assertThat(Normalisation.normalise("(0917) 321 4567", ValueKind.PHONE)).isEqualTo("09173214567");
	}

	@Test
	void codesAreUpperCaseWithoutSpaces() {
		assertThat(Normalisation.normalise(" 91610300 mA6xyz1234 ", ValueKind.CODE)).isEqualTo("91610300MA6XYZ1234");
		assertThat(Normalisation.normalise("61030219900101123x", ValueKind.CODE)).isEqualTo("61030219900101123X");
	}
}
