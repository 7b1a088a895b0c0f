package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.shared.CheckResult.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

	@Test
	void acceptsThePublishedExampleAndReadsItsParts() {
		CreditCode code = CreditCode.parse("91110000600037341L");

		assertThat(CreditCode.check("91110000600037341L").reason()).isEqualTo(Reason.VALID);
		assertThat(code.registrationAuthority()).isEqualTo('9');
		assertThat(code.organisationType()).isEqualTo('1');
		assertThat(code.divisionCode()).isEqualTo("110000");
		assertThat(code.organisationCode()).isEqualTo("600037341");
		assertThat(code.checkCharacter()).isEqualTo('L');
	}

	@Test
	void rejectsTheStandardsOwnInvalidExampleAndSaysTheCheckShouldBe3() {
		CheckResult result = CreditCode.check("91350100M000100Y4Z");

		assertThat(result.reason()).isEqualTo(Reason.WRONG_CHECK_CHARACTER);
		assertThat(result.expectedCheckCharacter()).isEqualTo('3');
		assertThat(result.message()).contains("'Z'").contains("expected '3'");
		assertThat(CreditCode.check("91350100M000100Y43").isValid()).isTrue();
	}

	@Test
	void normalisesLowerCaseAndBlanks() {
		assertThat(CreditCode.check("91350100m000100y43").isValid()).isTrue();
		assertThat(CreditCode.parse(" 91350100m000100y43\u3000").value()).isEqualTo("91350100M000100Y43");
		assertThat(new CreditCode("\uFEFF91110000600037341l")).isEqualTo(new CreditCode("91110000600037341L"));
	}

	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'Z', 'S', 'V', 'i', 'o', '-', '中' })
	void namesTheCharacterNotAllowedAndItsPosition(char letter) {
		CheckResult result = CreditCode.check("91110000600" + letter + "37341L");

		assertThat(result.reason()).isEqualTo(Reason.CHARACTER_NOT_ALLOWED);
		assertThat(result.position()).isEqualTo(12);
		assertThat(result.message()).contains("'" + letter + "'").contains("position 12").contains("without I, O, S, V and Z");
	}

	@Test
	void rejectsALetterInTheDivisionCode() {
		CheckResult result = CreditCode.check("9111A000600037341L");

		assertThat(result.reason()).isEqualTo(Reason.DIVISION_CODE_NOT_DIGITS);
		assertThat(result.position()).isEqualTo(5);
		assertThat(result.message()).contains("'A'").contains("position 5").contains("division code");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91110000600037341", "91110000600037341LL", "9" })
	void rejectsCodeWithWrongLength(String raw) {
		CheckResult result = CreditCode.check(raw);

		assertThat(result.reason()).isEqualTo(Reason.WRONG_LENGTH);
		assertThat(result.message()).contains("18 characters").contains("has " + raw.length());
	}

	@Test
	void reportsEmptyValues() {
		assertThat(CreditCode.check(null).reason()).isEqualTo(Reason.EMPTY);
		assertThat(CreditCode.check(" ").reason()).isEqualTo(Reason.EMPTY);
	}

	@Test
	void refusesToBuildAnInvalidCode() {
		assertThatThrownBy(() -> new CreditCode("91350100M000100Y4Z")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("creditCode")
			.hasMessageContaining("expected '3'");
		assertThat(CreditCode.tryParse("91350100M000100Y4Z")).isEmpty();
		assertThat(CreditCode.tryParse(null)).isEmpty();
	}
}
