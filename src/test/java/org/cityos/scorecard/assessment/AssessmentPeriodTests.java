package org.cityos.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cityos.scorecard.assessment.AssessmentPeriod.Kind;
import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentPeriodTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	@Test
	void aMonthIsItsDaysOnTheCitysClock() {
		AssessmentPeriod november = AssessmentPeriod.parse("2026-11");

		assertThat(november).isEqualTo(new AssessmentPeriod(Kind.MONTH, 2026, 11));
		assertThat(november.from(CITY)).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
		assertThat(november.to(CITY)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
		assertThat(november).hasToString("2026-11");
	}

	@Test
	void aQuarterAndAYearParseAndPrintTheirOwnForm() {
		AssessmentPeriod quarter = AssessmentPeriod.parse("2026-q4");
		AssessmentPeriod year = AssessmentPeriod.parse("2026");

		assertThat(quarter).hasToString("2026-Q4");
		assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(quarter.endDay()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(year.endDay()).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void previousCrossesTheYear() {
		assertThat(AssessmentPeriod.parse("2026-01").previous()).hasToString("2025-12");
		assertThat(AssessmentPeriod.parse("2026-Q1").previous()).hasToString("2025-Q4");
		assertThat(AssessmentPeriod.parse("2026").previous()).hasToString("2025");
	}

	@Test
	void containingFindsThePeriodOfADay() {
		LocalDate day = LocalDate.of(2026, 8, 31);
		assertThat(AssessmentPeriod.containing(Kind.MONTH, day)).hasToString("2026-08");
		assertThat(AssessmentPeriod.containing(Kind.QUARTER, day)).hasToString("2026-Q3");
		assertThat(AssessmentPeriod.containing(Kind.YEAR, day)).hasToString("2026");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-11", "2026-1", "november", "", "1999",
			"2026-11-01" })
	void anythingElseIsRefusedNamingThePeriod(String text) {
		assertThatThrownBy(() -> AssessmentPeriod.parse(text)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldProblems()).extracting(p -> p.field())
				.containsExactly("period"));
	}
}
