package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However a number is written (country code, spaces, dashes), it normalises to one form. */
class PhoneNumberPropertyTests {

	@Provide
	Arbitrary<String> mobiles() {
		return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
			.as((second, rest) -> "1" + second + rest);
	}

	@Provide
	Arbitrary<String> fixedLines() {
		Arbitrary<String> bigCity = Combinators.combine(Arbitraries.of("010", "020", "021", "022", "023", "024", "025",
				"027", "028", "029"), Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofLength(7))
			.as((area, first, rest) -> area + first + rest);
		Arbitrary<String> otherCity = Combinators.combine(Arbitraries.integers().between(300, 999),
				Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(7))
			.as((area, first, rest) -> "0" + area + first + rest);
		return Arbitraries.oneOf(bigCity, otherCity);
	}

	@Property
	void mobileNumbersNormaliseToTheirElevenDigits(@ForAll("mobiles") String mobile,
			@ForAll("countryCodes") String countryCode, @ForAll("separators") List<String> separators) {
		String written = countryCode + spread(mobile, separators);

		PhoneNumber number = PhoneNumber.parse(written);

		assertThat(number.value()).as(written).isEqualTo(mobile);
		assertThat(number.masked()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
	}

	@Property
	void fixedLinesNormaliseWithOrWithoutTheTrunkZeroAfterTheCountryCode(@ForAll("fixedLines") String national,
			@ForAll("internationalCodes") String countryCode, @ForAll boolean dropTrunkZero,
			@ForAll("separators") List<String> separators) {
		String written = countryCode + spread(dropTrunkZero ? national.substring(1) : national, separators);

		PhoneNumber number = PhoneNumber.parse(written);

		assertThat(number.value()).as(written).isEqualTo(national);
		assertThat(number.masked()).endsWith(national.substring(national.length() - 4))
			.startsWith(number.areaCode().orElseThrow());
	}

	@Property
	void checkNeverThrowsAndAgreesWithNormalise(@ForAll("phoneLike") String raw) {
		CheckResult result = PhoneNumber.check(raw);

		assertThat(result.message()).isNotBlank();
		assertThat(PhoneNumber.normalise(raw) != null).isEqualTo(result.isValid());
	}

	@Provide
	Arbitrary<String> phoneLike() {
		return Arbitraries.oneOf(Arbitraries.strings(),
				Arbitraries.strings().withChars("0123456789+-() 86").ofMinLength(1).ofMaxLength(24));
	}

	@Provide
	Arbitrary<String> countryCodes() {
		return Arbitraries.of("", "+86 ", "+86-", "0086 ", "0086", "86", "(+86) ");
	}

	@Provide
	Arbitrary<String> internationalCodes() {
		return Arbitraries.of("+86 ", "+86-", "0086 ", "0086", "(+86)");
	}

	@Provide
	Arbitrary<List<String>> separators() {
		return Arbitraries.of("", "", "", " ", "-", "\u3000").list().ofSize(12);
	}

	/** Puts the i-th separator after the i-th digit. */
	private static String spread(String digits, List<String> separators) {
		StringBuilder written = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			written.append(digits.charAt(i)).append(i < digits.length() - 1 ? separators.get(i % separators.size()) : "");
		}
		return written.toString();
	}
}
