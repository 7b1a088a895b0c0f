package org.cityos.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.cityos.calendar.CalendarYear;
import org.cityos.calendar.DayKind;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.calendar.web.YearOverview.AdjustedWorkdayView;
import org.cityos.calendar.web.YearOverview.HolidayView;
import org.jspecify.annotations.Nullable;

/** One known year: everything of {@link YearOverview}, plus every special day for the year view. */
record YearDetail(int year, @Nullable String source, int holidayCount, int holidayDays, int adjustedWorkdayCount,
		int workingDays, List<HolidayView> holidays, List<AdjustedWorkdayView> adjustedWorkdays,
		List<SpecialDayView> specialDays) {

	static YearDetail of(CalendarYear year, WorkingCalendar calendar) {
		YearOverview overview = YearOverview.of(year, calendar);
		return new YearDetail(overview.year(), overview.source(), overview.holidayCount(), overview.holidayDays(),
				overview.adjustedWorkdayCount(), overview.workingDays(), overview.holidays(),
				overview.adjustedWorkdays(),
				year.specialDays().stream().map(d -> new SpecialDayView(d.date(), d.kind(), d.name())).toList());
	}

	/** {@code {"date":"2026-02-15","kind":"HOLIDAY","name":"春节"}}. */
	record SpecialDayView(LocalDate date, DayKind kind, String name) {
	}
}
