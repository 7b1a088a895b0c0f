package org.cityos.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * One year's 节假日安排 as the State Council publishes it each November: holiday periods
 * (放假) and the weekend days worked in exchange (调休上班).
 * <p>
 * Invariants, checked on construction (an {@link InvalidInputException} lists every broken
 * one, with fields named as in the admin's request, e.g. {@code holidays[1].end}):
 * the year lies in {@value #FIRST}–{@value #LAST}; there is at least one holiday; every date lies
 * in the year (a holiday that starts on the weekend before 1 January is entered from 1 January:
 * the weekend days are rest days anyway); a holiday ends on or after its start; holidays do not
 * overlap; an adjusted working day is a Saturday or Sunday outside every holiday, given once, and
 * carries the name of a holiday of the same year (the one it compensates); names are not blank.
 * Names are stored trimmed, holidays sorted by start, adjusted working days by date.
 */
public record CalendarYear(int year, List<Holiday> holidays, List<AdjustedWorkday> adjustedWorkdays,
		@Nullable String source) {

	public static final int FIRST = 1900;

	public static final int LAST = 2999;

	static final int MAX_ENTRIES = 60;

	static final int MAX_NAME_LENGTH = 50;

	static final int MAX_SOURCE_LENGTH = 200;

	public CalendarYear {
		holidays = holidays == null ? List.of() : holidays;
		adjustedWorkdays = adjustedWorkdays == null ? List.of() : adjustedWorkdays;
		List<FieldProblem> problems = new YearRules(year, holidays, adjustedWorkdays, source).problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException("the holiday arrangement for " + year + " is not valid", problems);
		}
		holidays = holidays.stream()
			.map(holiday -> new Holiday(holiday.name().trim(), holiday.start(), holiday.end()))
			.sorted(Comparator.comparing(Holiday::start))
			.toList();
		adjustedWorkdays = adjustedWorkdays.stream()
			.map(workday -> new AdjustedWorkday(workday.date(), workday.name().trim()))
			.sorted(Comparator.comparing(AdjustedWorkday::date))
			.toList();
		source = source == null || source.isBlank() ? null : source.trim();
	}

	/**
	 * Rebuilds a year from its stored special days: consecutive holiday days with the same name
	 * form one holiday period.
	 */
	public static CalendarYear fromSpecialDays(int year, @Nullable String source, List<SpecialDay> days) {
		List<Holiday> holidays = new ArrayList<>();
		List<AdjustedWorkday> adjusted = new ArrayList<>();
		List<SpecialDay> sorted = days.stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
		for (SpecialDay day : sorted) {
			if (day.kind() == DayKind.ADJUSTED_WORKDAY) {
				adjusted.add(new AdjustedWorkday(day.date(), day.name()));
				continue;
			}
			int last = holidays.size() - 1;
			if (last >= 0 && holidays.get(last).name().equals(day.name())
					&& holidays.get(last).end().plusDays(1).equals(day.date())) {
				holidays.set(last, new Holiday(day.name(), holidays.get(last).start(), day.date()));
			}
			else {
				holidays.add(new Holiday(day.name(), day.date(), day.date()));
			}
		}
		return new CalendarYear(year, holidays, adjusted, source);
	}

	/** Every holiday day and adjusted working day of the year, by date. */
	public List<SpecialDay> specialDays() {
		Map<LocalDate, SpecialDay> days = new TreeMap<>();
		for (Holiday holiday : holidays) {
			for (LocalDate day = holiday.start(); !day.isAfter(holiday.end()); day = day.plusDays(1)) {
				days.put(day, new SpecialDay(day, DayKind.HOLIDAY, holiday.name()));
			}
		}
		for (AdjustedWorkday workday : adjustedWorkdays) {
			days.put(workday.date(), new SpecialDay(workday.date(), DayKind.ADJUSTED_WORKDAY, workday.name()));
		}
		return List.copyOf(days.values());
	}

	/** Number of days off in holiday periods, weekends inside them included. */
	public int holidayDays() {
		return holidays.stream().mapToInt(Holiday::days).sum();
	}

	/** A holiday period, both ends included: 春节 2026-02-15 to 2026-02-23. */
	public record Holiday(String name, LocalDate start, LocalDate end) {

		public int days() {
			return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
		}

		boolean contains(LocalDate date) {
			return !date.isBefore(start) && !date.isAfter(end);
		}
	}

	/** 调休上班: a weekend day worked; {@code name} is the holiday it compensates. */
	public record AdjustedWorkday(LocalDate date, String name) {
	}

	/** One stored day: a holiday day or an adjusted working day. */
	public record SpecialDay(LocalDate date, DayKind kind, String name) {

		public SpecialDay {
			if (kind != DayKind.HOLIDAY && kind != DayKind.ADJUSTED_WORKDAY) {
				throw new IllegalArgumentException("a special day is a holiday or an adjusted working day, not " + kind);
			}
		}
	}

	/** The checks of the class comment, collecting every problem rather than stopping at the first. */
	private record YearRules(int year, List<Holiday> holidays, List<AdjustedWorkday> adjustedWorkdays,
			@Nullable String source) {

		List<FieldProblem> problems() {
			List<FieldProblem> problems = new ArrayList<>();
			if (year < FIRST || year > LAST) {
				problems.add(new FieldProblem("year", "must be between " + FIRST + " and " + LAST + ", was " + year));
			}
			if (holidays.isEmpty()) {
				problems.add(new FieldProblem("holidays", "at least one holiday is required"));
			}
			if (holidays.size() > MAX_ENTRIES) {
				problems.add(new FieldProblem("holidays", "at most " + MAX_ENTRIES + " holidays"));
			}
			if (adjustedWorkdays.size() > MAX_ENTRIES) {
				problems.add(new FieldProblem("adjustedWorkdays", "at most " + MAX_ENTRIES + " adjusted working days"));
			}
			if (source != null && source.length() > MAX_SOURCE_LENGTH) {
				problems.add(new FieldProblem("source", "at most " + MAX_SOURCE_LENGTH + " characters"));
			}
			List<Numbered> complete = checkHolidays(problems);
			checkOverlaps(complete, problems);
			checkAdjustedWorkdays(complete.stream().map(Numbered::holiday).toList(), problems);
			return problems;
		}

		/** Checks each holiday on its own; answers the ones whose dates are usable for further checks. */
		private List<Numbered> checkHolidays(List<FieldProblem> problems) {
			List<Numbered> complete = new ArrayList<>();
			for (int i = 0; i < holidays.size(); i++) {
				String field = "holidays[" + i + "]";
				Holiday holiday = holidays.get(i);
				if (holiday == null) {
					problems.add(new FieldProblem(field, "must not be null"));
					continue;
				}
				checkName(field + ".name", holiday.name(), problems);
				boolean startOk = checkDate(field + ".start", holiday.start(), problems);
				boolean endOk = checkDate(field + ".end", holiday.end(), problems);
				if (startOk && endOk && holiday.end().isBefore(holiday.start())) {
					problems.add(new FieldProblem(field + ".end", "must not be before the start " + holiday.start()));
				}
				else if (startOk && endOk) {
					complete.add(new Numbered(i, holiday));
				}
			}
			return complete;
		}

		private void checkOverlaps(List<Numbered> complete, List<FieldProblem> problems) {
			List<Numbered> byStart = complete.stream()
				.sorted(Comparator.comparing((Numbered numbered) -> numbered.holiday().start())
					.thenComparing(Numbered::index))
				.toList();
			Holiday latest = null;
			for (Numbered current : byStart) {
				Holiday holiday = current.holiday();
				if (latest != null && !holiday.start().isAfter(latest.end())) {
					problems.add(new FieldProblem("holidays[" + current.index() + "]",
							"overlaps " + latest.name() + " (" + latest.start() + " to " + latest.end() + ")"));
				}
				if (latest == null || holiday.end().isAfter(latest.end())) {
					latest = holiday;
				}
			}
		}

		private void checkAdjustedWorkdays(List<Holiday> complete, List<FieldProblem> problems) {
			Set<String> holidayNames = new TreeSet<>();
			for (Holiday holiday : holidays) {
				if (holiday != null && holiday.name() != null && !holiday.name().isBlank()) {
					holidayNames.add(holiday.name().trim());
				}
			}
			Set<LocalDate> seen = new HashSet<>();
			for (int i = 0; i < adjustedWorkdays.size(); i++) {
				String field = "adjustedWorkdays[" + i + "]";
				AdjustedWorkday workday = adjustedWorkdays.get(i);
				if (workday == null) {
					problems.add(new FieldProblem(field, "must not be null"));
					continue;
				}
				if (checkName(field + ".name", workday.name(), problems) && !holidayNames.contains(workday.name().trim())) {
					problems.add(new FieldProblem(field + ".name",
							"must name the holiday of " + year + " it compensates, one of " + holidayNames));
				}
				if (!checkDate(field + ".date", workday.date(), problems)) {
					continue;
				}
				LocalDate date = workday.date();
				if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
					problems.add(new FieldProblem(field + ".date",
							date + " is a " + date.getDayOfWeek() + ": an adjusted working day must fall on a weekend"));
				}
				complete.stream()
					.filter(holiday -> holiday.contains(date))
					.findFirst()
					.ifPresent(holiday -> problems.add(
							new FieldProblem(field + ".date", date + " lies in the holiday " + holiday.name())));
				if (!seen.add(date)) {
					problems.add(new FieldProblem(field + ".date", date + " is given twice"));
				}
			}
		}

		/** A holiday with its position in the request, so that problems name the right entry. */
		private record Numbered(int index, Holiday holiday) {
		}

		private boolean checkName(String field, @Nullable String name, List<FieldProblem> problems) {
			if (name == null || name.isBlank()) {
				problems.add(new FieldProblem(field, "must not be blank"));
				return false;
			}
			if (name.trim().length() > MAX_NAME_LENGTH) {
				problems.add(new FieldProblem(field, "at most " + MAX_NAME_LENGTH + " characters"));
				return false;
			}
			return true;
		}

		private boolean checkDate(String field, @Nullable LocalDate date, List<FieldProblem> problems) {
			if (date == null) {
				problems.add(new FieldProblem(field, "must not be null"));
				return false;
			}
			if (date.getYear() != year) {
				problems.add(new FieldProblem(field, date + " is not in " + year));
				return false;
			}
			return true;
		}
	}
}
