package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityos.shared.CheckResult.Reason;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of GB 32100 codes: one fitting check character, every single substitution detected. */
class CreditCodePropertyTests {

	private static final String ALPHABET = CheckCharacters.CREDIT_CODE_ALPHABET;

	@Provide
	Arbitrary<String> bodies() {
		Arbitrary<String> anyTwo = Arbitraries.strings().withChars(ALPHABET).ofLength(2);
		Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
		Arbitrary<String> organisation = Arbitraries.strings().withChars(ALPHABET).ofLength(9);
		return Combinators.combine(anyTwo, division, organisation).as((a, d, o) -> a + d + o);
	}

	@Property
	void theComputedCheckCharacterValidatesAndEveryOtherFails(@ForAll("bodies") String body) {
		char check = CheckCharacters.creditCode(body);

		assertThat(CreditCode.check(body + check).reason()).isEqualTo(Reason.VALID);
		assertThat(new CreditCode(body.toLowerCase(java.util.Locale.ROOT) + check).value()).isEqualTo(body + check);
		for (char other : ALPHABET.toCharArray()) {
			if (other != check) {
				CheckResult result = CreditCode.check(body + other);
				assertThat(result.reason()).isEqualTo(Reason.WRONG_CHECK_CHARACTER);
				assertThat(result.expectedCheckCharacter()).isEqualTo(check);
			}
		}
	}

	@Property
	void anySingleCharacterSubstitutionIsDetected(@ForAll("bodies") String body) {
		String valid = body + CheckCharacters.creditCode(body);
		for (int position = 0; position < 18; position++) {
			for (char replacement : ALPHABET.toCharArray()) {
				if (replacement != valid.charAt(position)) {
					String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
					assertThat(CreditCode.check(changed).isValid()).as(changed).isFalse();
				}
			}
		}
	}

	@Property
	void swappingTwoAdjacentDifferentCharactersIsDetected(@ForAll("bodies") String body,
			@ForAll @IntRange(min = 0, max = 16) int position) {
		String valid = body + CheckCharacters.creditCode(body);
		if (valid.charAt(position) == valid.charAt(position + 1)) {
			return;
		}
		String swapped = valid.substring(0, position) + valid.charAt(position + 1) + valid.charAt(position)
				+ valid.substring(position + 2);

		assertThat(CreditCode.check(swapped).isValid()).as(swapped).isFalse();
	}

	@Property
	void checkNeverThrowsAndAlwaysExplains(@ForAll String raw) {
		assertThat(CreditCode.check(raw).message()).isNotBlank();
	}

	@Property
	void checkNeverThrowsOnCodeLikeStrings(@ForAll("codeLike") String raw) {
		CheckResult result = CreditCode.check(raw);

		assertThat(result.message()).isNotBlank();
		assertThat(CreditCode.tryParse(raw).isPresent()).isEqualTo(result.isValid());
	}

	@Provide
	Arbitrary<String> codeLike() {
		return Arbitraries.strings().withChars(ALPHABET + "IOSVZabc ").ofMinLength(16).ofMaxLength(19);
	}
}
