package org.cityos.calendar.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cityos.calendar.CalendarYear;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/calendar/years/{year}}: a year's arrangement as the notice lists
 * it. Shape checks here; the rules between entries (dates in the year, no overlap, adjusted
 * working days on weekends outside holidays) are {@link CalendarYear}'s.
 */
record YearRequest(@NotNull @Size(max = 60) List<@NotNull @Valid HolidayEntry> holidays,
		@Nullable @Size(max = 60) List<@NotNull @Valid AdjustedWorkdayEntry> adjustedWorkdays,
		@Nullable @Size(max = 200) String source) {

	CalendarYear toCalendarYear(int year) {
		return new CalendarYear(year,
				holidays.stream().map(entry -> new CalendarYear.Holiday(entry.name(), entry.start(), entry.end())).toList(),
				adjustedWorkdays == null ? List.of()
						: adjustedWorkdays.stream()
							.map(entry -> new CalendarYear.AdjustedWorkday(entry.date(), entry.name()))
							.toList(),
				source);
	}

	/** {@code {"name":"春节","start":"2027-02-06","end":"2027-02-13"}}, both ends included. */
	record HolidayEntry(@NotBlank @Size(max = 50) String name, @NotNull LocalDate start, @NotNull LocalDate end) {
	}

	/** {@code {"date":"2027-02-14","name":"春节"}}: the weekend day worked and the holiday it compensates. */
	record AdjustedWorkdayEntry(@NotNull LocalDate date, @NotBlank @Size(max = 50) String name) {
	}
}
