package org.cityos.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The office periods of every working day (default 09:00–12:00 and 13:30–17:30), against
 * which SLAs in working hours are counted. Periods are wall-clock times in the calendar's zone,
 * sorted, non-overlapping, each ending after it starts and all within one day; every working
 * day has the same periods.
 */
public record OfficeHours(List<Period> periods) {

	public static final OfficeHours DEFAULT = parse("09:00-12:00,13:30-17:30");

	public OfficeHours {
		periods = List.copyOf(periods);
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("office hours need at least one period");
		}
		for (int i = 1; i < periods.size(); i++) {
			if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
				throw new IllegalArgumentException("office periods must be sorted and must not overlap: "
						+ periods.get(i - 1) + ", " + periods.get(i));
			}
		}
	}

	/** Reads the configuration form {@code "09:00-12:00,13:30-17:30"}. */
	public static OfficeHours parse(String text) {
		List<Period> periods = new ArrayList<>();
		for (String part : text.split(",")) {
			String[] bounds = part.trim().split("-");
			if (bounds.length != 2) {
				throw new IllegalArgumentException("office period must look like 09:00-12:00, was '" + part.trim() + "'");
			}
			try {
				periods.add(new Period(LocalTime.parse(bounds[0].trim()), LocalTime.parse(bounds[1].trim())));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("office period must look like 09:00-12:00, was '" + part.trim() + "'", ex);
			}
		}
		return new OfficeHours(periods);
	}

	/** Office time of one working day (7 hours by default). */
	public Duration daily() {
		Duration total = Duration.ZERO;
		for (Period period : periods) {
			total = total.plus(period.length());
		}
		return total;
	}

	/** Office time of a working day that has passed before {@code time}. */
	public Duration elapsedBefore(LocalTime time) {
		Duration elapsed = Duration.ZERO;
		for (Period period : periods) {
			if (!time.isAfter(period.start())) {
				break;
			}
			elapsed = elapsed.plus(Duration.between(period.start(), time.isBefore(period.end()) ? time : period.end()));
		}
		return elapsed;
	}

	/**
	 * The earliest time of a working day by which {@code elapsed} office time has passed; with
	 * 3 hours that is 12:00, not 13:30. Requires {@code 0 < elapsed <= daily()}.
	 */
	public LocalTime timeAfter(Duration elapsed) {
		Duration left = elapsed;
		for (Period period : periods) {
			if (left.compareTo(period.length()) <= 0) {
				return period.start().plus(left);
			}
			left = left.minus(period.length());
		}
		throw new IllegalArgumentException("more than a day of office time: " + elapsed);
	}

	@Override
	public String toString() {
		return String.join(",", periods.stream().map(Period::toString).toList());
	}

	/** One office period, {@code start} inclusive, {@code end} exclusive. */
	public record Period(LocalTime start, LocalTime end) {

		public Period {
			if (!start.isBefore(end)) {
				throw new IllegalArgumentException("office period must end after it starts: " + start + "-" + end);
			}
		}

		Duration length() {
			return Duration.between(start, end);
		}

		@Override
		public String toString() {
			return start + "-" + end;
		}
	}
}
