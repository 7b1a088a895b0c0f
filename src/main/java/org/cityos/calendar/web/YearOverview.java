package org.cityos.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.cityos.calendar.CalendarYear;
import org.cityos.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * A known year in the list of years: its counts (holiday periods, holiday days with the
 * weekends inside them, adjusted working days, working days of the year) and its holidays and
 * adjusted working days in the shape of the PUT body, so the admin page edits a year straight
 * from the list and saves it back.
 */
record YearOverview(int year, @Nullable String source, int holidayCount, int holidayDays, int adjustedWorkdayCount,
		int workingDays, List<HolidayView> holidays, List<AdjustedWorkdayView> adjustedWorkdays) {

	static YearOverview of(CalendarYear year, WorkingCalendar calendar) {
		return new YearOverview(year.year(), year.source(), year.holidays().size(), year.holidayDays(),
				year.adjustedWorkdays().size(), workingDays(year.year(), calendar),
				year.holidays().stream().map(h -> new HolidayView(h.name(), h.start(), h.end(), h.days())).toList(),
				year.adjustedWorkdays().stream().map(a -> new AdjustedWorkdayView(a.date(), a.name())).toList());
	}

	private static int workingDays(int year, WorkingCalendar calendar) {
		return calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
	}

	/** {@code {"name":"春节","start":"2026-02-15","end":"2026-02-23","days":9}}. */
	record HolidayView(String name, LocalDate start, LocalDate end, int days) {
	}

	/** {@code {"date":"2026-02-14","name":"春节"}}. */
	record AdjustedWorkdayView(LocalDate date, String name) {
	}
}
