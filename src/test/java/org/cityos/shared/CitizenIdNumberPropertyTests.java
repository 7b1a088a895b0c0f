package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cityos.shared.CheckResult.Reason;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of GB 11643 numbers over generated valid bodies: the check character is the only one
 * that fits, MOD 11-2 catches every single-digit error, and 15 → 18 conversion keeps what the
 * number says about its holder.
 */
class CitizenIdNumberPropertyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	private static final String CHECK_CHARACTERS = "0123456789X";

	private static final int[] PROVINCES = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44,
			45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82 };

	@Provide
	Arbitrary<String> bodies() {
		Arbitrary<Integer> province = Arbitraries.integers().between(0, PROVINCES.length - 1).map(i -> PROVINCES[i]);
		Arbitrary<Integer> county = Arbitraries.integers().between(0, 9999);
		Arbitrary<LocalDate> birth = Arbitraries.longs()
			.between(LocalDate.of(1880, 1, 1).toEpochDay(), TODAY.toEpochDay())
			.map(LocalDate::ofEpochDay);
		Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
		return Combinators.combine(province, county, birth, sequence)
			.as((p, c, b, s) -> String.format("%02d%04d%04d%02d%02d%03d", p, c, b.getYear(), b.getMonthValue(),
					b.getDayOfMonth(), s));
	}

	@Provide
	Arbitrary<String> legacyNumbers() {
		return bodies().filter(body -> body.startsWith("19", 6)).map(body -> body.substring(0, 6) + body.substring(8));
	}

	@Property
	void theComputedCheckCharacterValidatesAndEveryOtherFails(@ForAll("bodies") String body) {
		char check = CheckCharacters.citizenId(body);

		assertThat(CitizenIdNumber.check(body + check, TODAY).reason()).isEqualTo(Reason.VALID);
		for (char other : CHECK_CHARACTERS.toCharArray()) {
			if (other != check) {
				CheckResult result = CitizenIdNumber.check(body + other, TODAY);
				assertThat(result.reason()).isEqualTo(Reason.WRONG_CHECK_CHARACTER);
				assertThat(result.expectedCheckCharacter()).isEqualTo(check);
			}
		}
	}

	@Property
	void changingAnySingleCharacterMakesTheNumberInvalid(@ForAll("bodies") String body) {
		String valid = body + CheckCharacters.citizenId(body);
		for (int position = 0; position < 18; position++) {
			for (char replacement : (position == 17 ? CHECK_CHARACTERS : "0123456789").toCharArray()) {
				if (replacement != valid.charAt(position)) {
					String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
					assertThat(CitizenIdNumber.check(changed, TODAY).isValid()).as(changed).isFalse();
				}
			}
		}
	}

	@Property
	void swappingTwoAdjacentDifferentDigitsIsDetected(@ForAll("bodies") String body,
			@ForAll @IntRange(min = 0, max = 15) int position) {
		String valid = body + CheckCharacters.citizenId(body);
		if (valid.charAt(position) == valid.charAt(position + 1)) {
			return;
		}
		String swapped = valid.substring(0, position) + valid.charAt(position + 1) + valid.charAt(position)
				+ valid.substring(position + 2);

		assertThat(CitizenIdNumber.check(swapped, TODAY).isValid()).as(swapped).isFalse();
	}

	@Property
	void conversionFrom15DigitsKeepsBirthDateSexAndAddress(@ForAll("legacyNumbers") String legacy) {
		CitizenIdNumber number = CitizenIdNumber.parse(legacy, TODAY);

		assertThat(CitizenIdNumber.check(legacy, TODAY).reason()).isEqualTo(Reason.CONVERTED_FROM_15_DIGITS);
		assertThat(number.convertedFrom15Digits()).isTrue();
		assertThat(number.value()).hasSize(18).startsWith(legacy.substring(0, 6) + "19" + legacy.substring(6));
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1900 + Integer.parseInt(legacy.substring(6, 8)),
				Integer.parseInt(legacy.substring(8, 10)), Integer.parseInt(legacy.substring(10, 12))));
		assertThat(number.sex()).isEqualTo((legacy.charAt(14) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
		assertThat(number.addressCode()).isEqualTo(legacy.substring(0, 6));
		assertThat(CitizenIdNumber.check(number.value(), TODAY).reason()).isEqualTo(Reason.VALID);
	}

	@Property
	void maskedNumberShowsOnlyTheFirstSixAndLastFour(@ForAll("bodies") String body) {
		CitizenIdNumber number = CitizenIdNumber.parse(body + CheckCharacters.citizenId(body), TODAY);
		String masked = number.masked();

		assertThat(masked).hasSize(18).startsWith(number.value().substring(0, 6)).endsWith(number.value().substring(14));
		assertThat(masked.chars().filter(c -> c == '*').count()).isEqualTo(8);
		assertThat(masked.substring(6, 14)).isEqualTo("********");
	}

	@Property
	void checkNeverThrowsAndAlwaysExplains(@ForAll String raw) {
		CheckResult result = CitizenIdNumber.check(raw, TODAY);

		assertThat(result.message()).isNotBlank();
		assertThat(CitizenIdNumber.tryParse(raw).isPresent()).isEqualTo(CitizenIdNumber.check(raw).isValid());
	}

	@Property
	void checkNeverThrowsOnDigitStringsOfIdLengths(@ForAll("digitStrings") String raw) {
		assertThat(CitizenIdNumber.check(raw, TODAY).message()).isNotBlank();
	}

	@Provide
	Arbitrary<String> digitStrings() {
		return Arbitraries.strings().withChars("0123456789Xx ").ofMinLength(14).ofMaxLength(19);
	}
}
