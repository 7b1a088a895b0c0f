package org.cityos.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTests {

	@ParameterizedTest
	@CsvSource({ "610402, DISTRICT", "610402001, STREET", "610402001002, COMMUNITY", "61040200100203, GRID",
			"610402001002003, GRID", "110105, DISTRICT", "820001, DISTRICT" })
	void derivesLevelFromLength(String code, DivisionLevel level) {
		assertThat(new DivisionCode(code).level()).isEqualTo(level);
	}

	@Test
	void acceptsFourteenAndFifteenDigitGridCodesUnderTheSameCommunity() {
		DivisionCode fourteen = new DivisionCode("61040200100203");
		DivisionCode fifteen = new DivisionCode("610402001002003");
		assertThat(fourteen.parent()).isEqualTo(new DivisionCode("610402001002"));
		assertThat(fifteen.parent()).isEqualTo(new DivisionCode("610402001002"));
	}

	@Test
	void derivesParentsAndAncestorsByPrefix() {
		DivisionCode grid = new DivisionCode("61040200100203");
		assertThat(grid.ancestorAt(DivisionLevel.STREET)).isEqualTo(new DivisionCode("610402001"));
		assertThat(grid.ancestorAt(DivisionLevel.DISTRICT)).isEqualTo(new DivisionCode("610402"));
		assertThat(grid.ancestorAt(DivisionLevel.GRID)).isEqualTo(grid);
		assertThat(new DivisionCode("610402").parent()).isNull();
		assertThat(grid.isWithin(new DivisionCode("610402001"))).isTrue();
		assertThat(grid.isWithin(new DivisionCode("610403"))).isFalse();
	}

	@Test
	void aFifteenDigitGridIsNotInsideTheFourteenDigitGridItStartsWith() {
		assertThat(new DivisionCode("610402001002031").isWithin(new DivisionCode("61040200100203"))).isFalse();
	}

	@Test
	void refusesAncestorBelowOwnLevel() {
		assertThatThrownBy(() -> new DivisionCode("610402").ancestorAt(DivisionLevel.STREET))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "6104020010", "61040", "6104020010020031", "1234567" })
	void rejectsCodeWithWrongLength(String code) {
		assertThatThrownBy(() -> new DivisionCode(code)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("expected 6 (district), 9 (street), 12 (community), 14 or 15 (unit grid)");
	}

	@Test
	void rejectsNonDigits() {
		assertThatThrownBy(() -> new DivisionCode("61040A")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("digits only");
		assertThatThrownBy(() -> new DivisionCode(" 610402")).isInstanceOf(InvalidInputException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "000000", "100105", "160402", "240402", "470402", "550402", "700402", "830402", "990402" })
	void rejectsCodeWhoseFirstTwoDigitsAreNoProvince(String code) {
		assertThatThrownBy(() -> new DivisionCode(code)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("not a province code");
	}

	@Test
	void rejectsPrefectureCodeAsDistrict() {
		assertThatThrownBy(() -> new DivisionCode("610400")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("prefecture, not a county-level district");
	}

	@ParameterizedTest
	@CsvSource({ "610402000, street part 000", "610402001000, community part 000", "61040200100200, grid sequence 00",
			"610402001002000, grid sequence 000" })
	void rejectsAllZeroParts(String code, String message) {
		assertThatThrownBy(() -> new DivisionCode(code)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(message);
	}

	@Test
	void reportsProblemsWithoutThrowingForValidators() {
		assertThat(DivisionCode.problemWith("610402001")).isNull();
		assertThat(DivisionCode.problemWith(null)).isEqualTo("a division code is required");
		assertThat(DivisionCode.problemWith("")).isEqualTo("a division code is required");
	}

	@Test
	void parseNamesTheFieldAndTrims() {
		assertThat(DivisionCode.parse("code", " 610402 ")).isEqualTo(new DivisionCode("610402"));
		assertThatThrownBy(() -> DivisionCode.parse("gridCode", "abc")).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).singleElement()
				.satisfies(problem -> assertThat(problem.field()).isEqualTo("gridCode")));
	}

	@Test
	void ordersByCodeText() {
		assertThat(new DivisionCode("610402")).isLessThan(new DivisionCode("610402001"));
		assertThat(new DivisionCode("610402001")).hasToString("610402001");
	}
}
