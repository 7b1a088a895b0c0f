package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityos.shared.Masking.Kind;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Masking never throws and never shows more than its rule allows, whatever it is given: the
 * generators mix well-formed values with arbitrary text, including characters outside the BMP.
 */
class MaskingPropertyTests {

	@Provide
	Arbitrary<String> anything() {
		return Arbitraries.oneOf(Arbitraries.strings(), Arbitraries.strings().withChars("0123456789Xx +-()")
			.ofMaxLength(22), Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(12),
				Arbitraries.strings().withChars("省市区县镇乡街道路村号楼欧阳司马张0123456789𠈌").ofMaxLength(30),
				Arbitraries.of("", " ", "\u3000", "*", "欧阳", "11010519491231002X", "13812345678"));
	}

	@Property
	void neverThrowsForAnyKind(@ForAll("anything") String value, @ForAll Kind kind) {
		String masked = Masking.mask(value, kind);

		assertThat(masked).isNotNull();
	}

	@Property
	void citizenIdShowsAtMostTenCharacters(@ForAll("anything") String value) {
		assertThat(shown(Masking.citizenId(value))).isLessThanOrEqualTo(10);
	}

	@Property
	void phoneNumberShowsAtMostEightDigits(@ForAll("anything") String value) {
		// A mobile shows 3 + 4, a fixed line at most a 4-digit area code + 4.
		assertThat(shown(Masking.phoneNumber(value))).isLessThanOrEqualTo(8);
	}

	@Property
	void nameShowsAtMostTheSurname(@ForAll("anything") String value) {
		String masked = Masking.name(value);

		assertThat(shown(masked)).isLessThanOrEqualTo(CompoundSurnames.startsWithOne(masked) ? 2 : 1);
	}

	@Property
	void addressKeepsAPrefixWithoutHouseNumbers(@ForAll("anything") String value) {
		String masked = Masking.address(value);
		String kept = masked.endsWith("******") ? masked.substring(0, masked.length() - 6) : masked;

		assertThat(value.strip()).startsWith(kept.strip());
		if (!kept.equals(masked)) {
			assertThat(kept.codePoints().noneMatch(Character::isDigit)).as(kept).isTrue();
		}
	}

	/** Code points that are not the mask's stars. */
	private static long shown(String masked) {
		return masked.codePoints().filter(c -> c != '*').count();
	}
}
