package org.cityos.calendar.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.cityos.calendar.DayInfo;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only answers of the working calendar for any logged-in user: days, months, deadlines. */
@RestController
@RequestMapping("/api/calendar")
class CalendarDaysController {

	private final WorkingCalendar calendar;

	CalendarDaysController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/days/{date}")
	@PreAuthorize("isAuthenticated()")
	DayInfo day(@PathVariable String date) {
		return calendar.describe(CalendarInput.date("date", date));
	}

	/** Every day of a month, in order, for the calendar page's month grid. */
	@GetMapping("/months/{month}")
	@PreAuthorize("isAuthenticated()")
	List<DayInfo> month(@PathVariable String month) {
		YearMonth yearMonth = CalendarInput.month("month", month);
		List<DayInfo> days = new ArrayList<>();
		for (int day = 1; day <= yearMonth.lengthOfMonth(); day++) {
			days.add(calendar.describe(yearMonth.atDay(day)));
		}
		return days;
	}

	/**
	 * The deadline {@code workingDays} working days (same local time) or {@code workingHours}
	 * office hours after {@code start}; exactly one of the two is given.
	 */
	@GetMapping("/deadline")
	@PreAuthorize("isAuthenticated()")
	DeadlineView deadline(@RequestParam(required = false) @Nullable String start,
			@RequestParam(required = false) @Nullable String workingDays,
			@RequestParam(required = false) @Nullable String workingHours) {
		List<FieldProblem> problems = new ArrayList<>();
		if (start == null || start.isBlank()) {
			problems.add(new FieldProblem("start", "is required, e.g. 2026-02-13T10:00:00+08:00"));
		}
		if ((workingDays == null) == (workingHours == null)) {
			String message = "give exactly one of workingDays and workingHours";
			problems.add(new FieldProblem("workingDays", message));
			problems.add(new FieldProblem("workingHours", message));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("the deadline needs a start and one amount of working time", problems);
		}
		OffsetDateTime from = CalendarInput.instantWithOffset("start", start);
		Integer days = CalendarInput.count("workingDays", workingDays);
		Integer hours = CalendarInput.count("workingHours", workingHours);
		ZonedDateTime deadline = days != null ? calendar.addWorkingDays(from.toInstant(), days)
				: calendar.addWorkingHours(from.toInstant(), Duration.ofHours(hours)).atZone(calendar.zone());
		ZonedDateTime localStart = from.atZoneSameInstant(calendar.zone());
		boolean yearsKnown = calendar.yearsKnownBetween(localStart.toLocalDate(), deadline.toLocalDate());
		return new DeadlineView(format(localStart), days, hours, format(deadline), yearsKnown);
	}

	private static String format(ZonedDateTime time) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
	}

	/**
	 * A deadline, times in the calendar's zone with offset; {@code yearsKnown} is false when the
	 * span from start to deadline touches a year whose holidays are not in the data.
	 */
	record DeadlineView(String start, @Nullable Integer workingDays, @Nullable Integer workingHours, String deadline,
			boolean yearsKnown) {
	}
}
