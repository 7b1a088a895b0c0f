package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.shared.CheckResult.Reason;
import org.cityos.shared.PhoneNumber.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+86-13800138000",
			"0086 13800138000", "8613800138000", " 13800138000\u3000", "（+86）138 0013 8000" })
	void normalisesMobileNumbers(String raw) {
		PhoneNumber number = PhoneNumber.parse(raw);

		assertThat(number.value()).isEqualTo("13800138000");
		assertThat(number.type()).isEqualTo(Type.MOBILE);
		assertThat(number.areaCode()).isEmpty();
		assertThat(PhoneNumber.normalise(raw)).isEqualTo("13800138000");
	}

	@ParameterizedTest
	@CsvSource({ "029-88886666, 02988886666, 029", "(029) 8888 6666, 02988886666, 029",
			"+86 29 8888 6666, 02988886666, 029", "0086 29 88886666, 02988886666, 029",
			"+86 (0)29 8888 6666, 02988886666, 029", "010-62345678, 01062345678, 010", "+86 10 6234 5678, 01062345678, 010",
			"0910-3212345, 09103212345, 0910", "0755-86001234, 075586001234, 0755" })
	void normalisesFixedLineNumbers(String raw, String national, String areaCode) {
		PhoneNumber number = PhoneNumber.parse(raw);

		assertThat(number.value()).isEqualTo(national);
		assertThat(number.type()).isEqualTo(Type.FIXED_LINE);
		assertThat(number.areaCode()).contains(areaCode);
	}

	@ParameterizedTest
	@CsvSource({ "12800138000, NOT_A_MOBILE_NUMBER, starting with 12", "1380013800, WRONG_LENGTH, has 10",
			"138001380001, WRONG_LENGTH, has 12", "88886666, AREA_CODE_MISSING, no area code",
			"+852 2123 4567, NOT_A_MAINLAND_NUMBER, +86", "00852 2123 4567, NOT_A_MAINLAND_NUMBER, +86",
			"011-62345678, UNKNOWN_AREA_CODE, 011", "029-8888666, WRONG_LENGTH, has 10",
			"029-08886666, LOCAL_NUMBER_NOT_VALID, starting with 0", "138a0013800, CHARACTER_NOT_ALLOWED, position 4",
			"+86, WRONG_LENGTH, has 0", "13800138000+1, CHARACTER_NOT_ALLOWED, position 12" })
	void rejectsWhatIsNotAMainlandNumberAndSaysWhy(String raw, Reason reason, String inMessage) {
		CheckResult result = PhoneNumber.check(raw);

		assertThat(result.reason()).isEqualTo(reason);
		assertThat(result.message()).contains(inMessage);
		assertThat(PhoneNumber.normalise(raw)).isNull();
	}

	@Test
	void reportsEmptyValues() {
		assertThat(PhoneNumber.check(null).reason()).isEqualTo(Reason.EMPTY);
		assertThat(PhoneNumber.check(" - ").reason()).isEqualTo(Reason.WRONG_LENGTH);
		assertThat(PhoneNumber.check("").reason()).isEqualTo(Reason.EMPTY);
	}

	@Test
	void masksKeepingPrefixAndLastFour() {
		assertThat(PhoneNumber.parse("138 1234 5678").masked()).isEqualTo("138****5678");
		assertThat(PhoneNumber.parse("029-88886666").masked()).isEqualTo("029****6666");
		assertThat(PhoneNumber.parse("0910-3212345").masked()).isEqualTo("0910***2345");
	}

	@Test
	void parseThrowsInvalidInputNamingTheField() {
		assertThatThrownBy(() -> PhoneNumber.parse("12800138000")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("phoneNumber: ");
	}
}
