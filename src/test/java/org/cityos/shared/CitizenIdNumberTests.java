package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.cityos.shared.CheckResult.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	/** A body of 17 digits completed with its correct check character. */
	private static String withCheck(String body) {
		return body + CheckCharacters.citizenId(body);
	}

	@Test
	void acceptsThePublishedExample() {
		CitizenIdNumber number = CitizenIdNumber.parse("11010519491231002X");

		assertThat(CitizenIdNumber.check("11010519491231002X").reason()).isEqualTo(Reason.VALID);
		assertThat(number.value()).isEqualTo("11010519491231002X");
		assertThat(number.addressCode()).isEqualTo("110105");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(number.sex()).isEqualTo(Sex.FEMALE);
		assertThat(number.masked()).isEqualTo("110105********002X");
		assertThat(number.convertedFrom15Digits()).isFalse();
	}

	@Test
	void readsAnOddSequenceAsMale() {
		assertThat(CitizenIdNumber.parse(withCheck("61040219900307001")).sex()).isEqualTo(Sex.MALE);
	}

	@Test
	void acceptsLowerCaseXAndSurroundingBlanks() {
		assertThat(CitizenIdNumber.check(" 11010519491231002x\t").isValid()).isTrue();
		assertThat(CitizenIdNumber.parse("\u3000\uFEFF11010519491231002x ").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void convertsALegacy15DigitNumber() {
		CheckResult result = CitizenIdNumber.check("110105491231002");
		CitizenIdNumber number = CitizenIdNumber.parse("110105491231002");

		assertThat(result.reason()).isEqualTo(Reason.CONVERTED_FROM_15_DIGITS);
		assertThat(result.isValid()).isTrue();
		assertThat(result.message()).contains("converted");
		assertThat(number.value()).isEqualTo("11010519491231002X");
		assertThat(number.convertedFrom15Digits()).isTrue();
		assertThat(number).isEqualTo(CitizenIdNumber.parse("11010519491231002X"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u3000" })
	void reportsEmptyValues(String raw) {
		assertThat(CitizenIdNumber.check(raw).reason()).isEqualTo(Reason.EMPTY);
		assertThat(CitizenIdNumber.check(null).reason()).isEqualTo(Reason.EMPTY);
	}

	@Test
	void rejectsIdNumberWithWrongLength() {
		CheckResult result = CitizenIdNumber.check("1101051949123100");

		assertThat(result.reason()).isEqualTo(Reason.WRONG_LENGTH);
		assertThat(result.message()).contains("18 characters").contains("has 16");
	}

	@Test
	void namesTheCharacterNotAllowedAndItsPosition() {
		CheckResult letter = CitizenIdNumber.check("11010519491231A02X");
		CheckResult fullWidth = CitizenIdNumber.check("１1010519491231002X");
		CheckResult badLast = CitizenIdNumber.check("11010519491231002Y");
		CheckResult legacy = CitizenIdNumber.check("11010549123100X");

		assertThat(letter.reason()).isEqualTo(Reason.CHARACTER_NOT_ALLOWED);
		assertThat(letter.position()).isEqualTo(15);
		assertThat(letter.message()).contains("'A'").contains("position 15");
		assertThat(fullWidth.message()).contains("U+FF11").contains("position 1");
		assertThat(badLast.reason()).isEqualTo(Reason.WRONG_CHECK_CHARACTER);
		assertThat(badLast.message()).contains("'Y'").contains("expected 'X'");
		assertThat(legacy.reason()).isEqualTo(Reason.CHARACTER_NOT_ALLOWED);
		assertThat(legacy.position()).isEqualTo(15);
	}

	@ParameterizedTest
	@ValueSource(strings = { "00", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "70", "72", "80",
			"83", "90", "99" })
	void rejectsAddressCodeOutsideTheProvinces(String province) {
		CheckResult result = CitizenIdNumber.check(withCheck(province + "010519491231002"), TODAY);

		assertThat(result.reason()).isEqualTo(Reason.UNKNOWN_PROVINCE);
		assertThat(result.message()).contains("starts with " + province).contains("province");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82" })
	void acceptsEveryProvinceRange(String province) {
		assertThat(CitizenIdNumber.check(withCheck(province + "010519491231002"), TODAY).reason()).isEqualTo(Reason.VALID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "19491301", "19490229", "19000229", "19490431", "19490100", "19490001", "19491232" })
	void rejectsBirthDateThatDoesNotExist(String date) {
		CheckResult result = CitizenIdNumber.check(withCheck("110105" + date + "002"), TODAY);

		assertThat(result.reason()).isEqualTo(Reason.BIRTH_DATE_DOES_NOT_EXIST);
		assertThat(result.message()).contains(date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6))
			.contains("does not exist");
	}

	@Test
	void acceptsTheLeapDayOfALeapYear() {
		assertThat(CitizenIdNumber.check(withCheck("11010520000229002"), TODAY).isValid()).isTrue();
		assertThat(CitizenIdNumber.check(withCheck("11010519960229002"), TODAY).isValid()).isTrue();
	}

	@Test
	void rejectsBirthDateInTheFutureOfTheGivenToday() {
		String bornNextDay = withCheck("11010520260316002");
		String bornToday = withCheck("11010520260315002");

		CheckResult result = CitizenIdNumber.check(bornNextDay, TODAY);

		assertThat(result.reason()).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
		assertThat(result.message()).contains("2026-03-16").contains("future");
		assertThat(CitizenIdNumber.check(bornToday, TODAY).isValid()).isTrue();
		assertThat(CitizenIdNumber.check(bornNextDay, TODAY.plusDays(1)).isValid()).isTrue();
		assertThat(CitizenIdNumber.check(withCheck("11010530000101002")).reason()).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
	}

	@Test
	void rejectsIdNumberWithWrongCheckDigitAndSaysTheExpectedOne() {
		CheckResult result = CitizenIdNumber.check("110105194912310021");

		assertThat(result.reason()).isEqualTo(Reason.WRONG_CHECK_CHARACTER);
		assertThat(result.expectedCheckCharacter()).isEqualTo('X');
		assertThat(result.position()).isEqualTo(18);
		assertThat(result.message()).contains("'1'").contains("expected 'X'");
	}

	@Test
	void parseThrowsInvalidInputNamingTheProblem() {
		assertThatThrownBy(() -> CitizenIdNumber.parse("110105194912310021")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("expected 'X'")
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems())
				.extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("citizenIdNumber"));
		assertThatThrownBy(() -> CitizenIdNumber.parse(withCheck("11010520260316002"), TODAY))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("future");
	}

	@Test
	void tryParseAnswersEmptyForInvalidInput() {
		assertThat(CitizenIdNumber.tryParse("110105194912310021")).isEmpty();
		assertThat(CitizenIdNumber.tryParse(null)).isEmpty();
		assertThat(CitizenIdNumber.tryParse(new StringBuilder("11010519491231002x"))).map(CitizenIdNumber::value)
			.contains("11010519491231002X");
	}

	@Test
	void toStringDoesNotRevealTheNumber() {
		assertThat(CitizenIdNumber.parse("11010519491231002X")).hasToString("110105********002X");
	}
}
