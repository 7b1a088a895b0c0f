package org.cityos.calendar.web;

import java.util.List;

import jakarta.validation.Valid;

import org.cityos.calendar.CalendarAdministration;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The known years' holiday arrangements: anyone logged in reads them, an admin stores a year
 * (each November, when the State Council publishes the next one) or deletes one.
 */
@RestController
@RequestMapping("/api/calendar/years")
class CalendarYearsController {

	private final WorkingCalendar calendar;

	private final CalendarAdministration administration;

	CalendarYearsController(WorkingCalendar calendar, CalendarAdministration administration) {
		this.calendar = calendar;
		this.administration = administration;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<YearOverview> years() {
		return calendar.years().stream().map(year -> YearOverview.of(year, calendar)).toList();
	}

	@GetMapping("/{year}")
	@PreAuthorize("isAuthenticated()")
	YearDetail year(@PathVariable String year) {
		int number = CalendarInput.year("year", year);
		return calendar.year(number)
			.map(known -> YearDetail.of(known, calendar))
			.orElseThrow(() -> new NotFoundException("no holiday arrangement stored for " + number));
	}

	/** Stores the year whole, replacing what was stored; answers the year as stored. */
	@PutMapping("/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	YearDetail replace(@PathVariable String year, @Valid @RequestBody YearRequest request) {
		int number = CalendarInput.year("year", year);
		return YearDetail.of(administration.replaceYear(request.toCalendarYear(number)), calendar);
	}

	@DeleteMapping("/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String year) {
		administration.deleteYear(CalendarInput.year("year", year));
	}
}
