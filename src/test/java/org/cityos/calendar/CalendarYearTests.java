package org.cityos.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cityos.calendar.CalendarYear.AdjustedWorkday;
import org.cityos.calendar.CalendarYear.Holiday;
import org.cityos.calendar.CalendarYear.SpecialDay;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** The rules an admin's year must follow before anything is stored. */
class CalendarYearTests {

	// 2027-02-06 is a Saturday, 2027-02-14 a Sunday, 2027-02-15 a Monday
	private static final Holiday SPRING_FESTIVAL = holiday("春节", "2027-02-06", "2027-02-13");

	@Test
	void acceptsAYearAndNormalisesIt() {
		CalendarYear year = new CalendarYear(2027,
				List.of(holiday(" 国庆节 ", "2027-10-01", "2027-10-07"), SPRING_FESTIVAL),
				List.of(new AdjustedWorkday(date("2027-02-14"), "春节")), "  ");
		assertThat(year.holidays()).extracting(Holiday::name).containsExactly("春节", "国庆节");
		assertThat(year.source()).isNull();
		assertThat(year.holidayDays()).isEqualTo(15);
		assertThat(year.specialDays()).hasSize(16).first().isEqualTo(new SpecialDay(date("2027-02-06"), DayKind.HOLIDAY, "春节"));
	}

	@Test
	void rebuildsHolidayPeriodsFromStoredDays() {
		CalendarYear year = new CalendarYear(2027, List.of(SPRING_FESTIVAL, holiday("元宵", "2027-02-20", "2027-02-20")),
				List.of(new AdjustedWorkday(date("2027-02-14"), "春节")), "通知");
		assertThat(CalendarYear.fromSpecialDays(2027, "通知", year.specialDays())).isEqualTo(year);
	}

	@Test
	void rejectsDatesOutsideTheYear() {
		assertProblems(() -> new CalendarYear(2027, List.of(holiday("元旦", "2026-12-31", "2027-01-01")), List.of(), null),
				"holidays[0].start");
		assertProblems(() -> new CalendarYear(2027, List.of(SPRING_FESTIVAL),
				List.of(new AdjustedWorkday(date("2026-02-14"), "春节")), null), "adjustedWorkdays[0].date");
	}

	@Test
	void rejectsAHolidayEndingBeforeItStarts() {
		assertProblems(() -> new CalendarYear(2027, List.of(holiday("春节", "2027-02-13", "2027-02-06")), List.of(), null),
				"holidays[0].end");
	}

	@Test
	void rejectsOverlappingHolidaysNamingTheLaterOne() {
		assertProblems(() -> new CalendarYear(2027,
				List.of(holiday("元宵", "2027-02-13", "2027-02-14"), SPRING_FESTIVAL), List.of(), null), "holidays[0]");
		assertProblems(() -> new CalendarYear(2027, List.of(SPRING_FESTIVAL, SPRING_FESTIVAL), List.of(), null),
				"holidays[1]");
	}

	@Test
	void rejectsAHolidayInsideAnother() {
		assertProblems(() -> new CalendarYear(2027, List.of(holiday("春节", "2027-02-01", "2027-02-20"),
				holiday("元宵", "2027-02-10", "2027-02-10"), holiday("其他", "2027-02-15", "2027-02-16")), List.of(), null),
				"holidays[1]", "holidays[2]");
	}

	@Test
	void rejectsAnAdjustedWorkingDayOnAWeekday() {
		assertProblems(() -> new CalendarYear(2027, List.of(SPRING_FESTIVAL),
				List.of(new AdjustedWorkday(date("2027-02-15"), "春节")), null), "adjustedWorkdays[0].date");
	}

	@Test
	void rejectsAnAdjustedWorkingDayInsideAHoliday() {
		assertProblems(() -> new CalendarYear(2027, List.of(SPRING_FESTIVAL),
				List.of(new AdjustedWorkday(date("2027-02-07"), "春节")), null), "adjustedWorkdays[0].date");
	}

	@Test
	void rejectsTheSameAdjustedWorkingDayTwice() {
		AdjustedWorkday sunday = new AdjustedWorkday(date("2027-02-14"), "春节");
		assertProblems(() -> new CalendarYear(2027, List.of(SPRING_FESTIVAL), List.of(sunday, sunday), null),
				"adjustedWorkdays[1].date");
	}

	@Test
	void rejectsAnAdjustedWorkingDayForAHolidayNotInTheYear() {
		assertProblems(() -> new CalendarYear(2027, List.of(SPRING_FESTIVAL),
				List.of(new AdjustedWorkday(date("2027-02-14"), "春季")), null), "adjustedWorkdays[0].name");
	}

	@Test
	void rejectsBlankNamesAndMissingValues() {
		assertProblems(() -> new CalendarYear(2027, List.of(holiday(" ", "2027-02-06", "2027-02-13"),
				new Holiday("国庆节", null, date("2027-10-07"))), List.of(new AdjustedWorkday(null, "")), null),
				"holidays[0].name", "holidays[1].start", "adjustedWorkdays[0].name", "adjustedWorkdays[0].date");
	}

	@Test
	void rejectsAYearWithoutHolidaysOrOutOfRange() {
		assertProblems(() -> new CalendarYear(2027, List.of(), List.of(), null), "holidays");
		assertProblems(() -> new CalendarYear(1899, List.of(holiday("元旦", "1899-01-01", "1899-01-01")), List.of(), null),
				"year");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		assertProblems(() -> new CalendarYear(2027,
				List.of(holiday("春节", "2027-02-13", "2027-02-06"), holiday("国庆节", "2028-10-01", "2027-10-07")),
				List.of(new AdjustedWorkday(date("2027-02-15"), "春节")), "x".repeat(201)),
				"source", "holidays[0].end", "holidays[1].start", "adjustedWorkdays[0].date");
	}

	private static void assertProblems(ThrowingCallable construction, String... fields) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(construction)
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder(fields));
	}

	private static Holiday holiday(String name, String start, String end) {
		return new Holiday(name, date(start), date(end));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}
}
