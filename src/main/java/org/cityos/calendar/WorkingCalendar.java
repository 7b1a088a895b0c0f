package org.cityos.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * 工作日历: tells working days from rest days in China and counts deadlines in working days
 * or office hours. One Spring bean, used by every module that has time limits.
 * <p>
 * <b>Data.</b> Each known year's {@link CalendarYear holiday arrangement} is held in memory
 * (sorted arrays, see {@link SpecialDays}); answers never touch the database. When an admin
 * replaces or deletes a year, {@link CalendarAdministration} swaps the whole data set at once;
 * other instances pick it up at their next periodic refresh.
 * <p>
 * <b>Years not in the data</b> (before the first known year, or a year not yet published —
 * the State Council publishes the next year each November) follow Monday to Friday only:
 * every weekday is a working day, every Saturday and Sunday a rest day. Answers stay usable but
 * say so: {@link DayInfo#yearKnown()} is false and {@link #yearsKnownBetween} tells whether a
 * deadline crossed such a year, so a caller can warn or recompute once the year is added.
 * <p>
 * <b>Counting rules.</b> Times are read on the wall clock of {@link #zone()} (Asia/Shanghai
 * by default).
 * <ul>
 * <li>{@link #addWorkingDays(Instant, int) addWorkingDays(start, n)}: the same local time on the
 * n-th working day after the start's date; the start's own date never counts, whether it is a
 * working day or not. n = 0 answers the start itself; n &lt; 0 is refused.</li>
 * <li>{@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(a, b)}: the working days
 * after a up to and including b, negative when b is before a; so
 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.</li>
 * <li>{@link #addWorkingHours(Instant, Duration) addWorkingHours(start, d)}: the earliest instant by
 * which d of office time has passed since the start; a start outside office hours counts from
 * the next office period; a deadline that ends a period is that period's end (17:30, not 09:00
 * the next working day).</li>
 * <li>{@link #workingTimeBetween(Instant, Instant) workingTimeBetween(a, b)}: office time between a
 * and b, negative when b is before a; for elapsed SLA time, time left, and "overdue by".</li>
 * </ul>
 * Every working day has the same {@link OfficeHours}.
 */
public class WorkingCalendar {

	private final OfficeHours officeHours;

	private final Duration officeDay;

	private final ZoneId zone;

	private volatile SpecialDays days;

	public WorkingCalendar(Collection<CalendarYear> years, OfficeHours officeHours, ZoneId zone) {
		this.officeHours = officeHours;
		this.officeDay = officeHours.daily();
		this.zone = zone;
		this.days = new SpecialDays(years);
	}

	/** Swaps in a new set of known years, all at once. */
	void replaceYears(Collection<CalendarYear> years) {
		this.days = new SpecialDays(years);
	}

	public ZoneId zone() {
		return zone;
	}

	public OfficeHours officeHours() {
		return officeHours;
	}

	/** The known years' arrangements, by year. */
	public List<CalendarYear> years() {
		return List.copyOf(days.years().values());
	}

	public Optional<CalendarYear> year(int year) {
		return days.year(year);
	}

	public boolean isYearKnown(int year) {
		return days.isYearKnown(year);
	}

	/** Whether every year from {@code a}'s to {@code b}'s (either order) has its arrangement in the data. */
	public boolean yearsKnownBetween(LocalDate a, LocalDate b) {
		SpecialDays known = days;
		int first = Math.min(a.getYear(), b.getYear());
		int last = Math.max(a.getYear(), b.getYear());
		if (last - first >= known.years().size()) {
			return false;
		}
		for (int year = first; year <= last; year++) {
			if (!known.isYearKnown(year)) {
				return false;
			}
		}
		return true;
	}

	public DayInfo describe(LocalDate date) {
		SpecialDays known = days;
		long epochDay = date.toEpochDay();
		DayKind kind = known.kind(epochDay);
		String name = known.name(epochDay);
		boolean yearKnown = known.isYearKnown(date.getYear());
		String reason = switch (kind) {
			case WEEKDAY -> "工作日";
			case WEEKEND -> date.getDayOfWeek() == DayOfWeek.SATURDAY ? "周六休息" : "周日休息";
			case HOLIDAY -> name + "放假";
			case ADJUSTED_WORKDAY -> name + "调休上班";
		};
		if (!yearKnown) {
			reason += "（" + date.getYear() + "年节假日安排未录入，仅按周一至周五计）";
		}
		return new DayInfo(date, kind.isWorking(), kind, name, reason, yearKnown);
	}

	public boolean isWorkingDay(LocalDate date) {
		return days.isWorkingDay(date.toEpochDay());
	}

	/** The n-th working day after {@code date} ({@code date} itself for n = 0). */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("working days must not be negative, was " + n);
		}
		if (n == 0) {
			return date;
		}
		SpecialDays known = days;
		long dayAfter = date.toEpochDay() + 1;
		long target = known.workingDaysBefore(dayAfter) + n;
		return LocalDate.ofEpochDay(known.firstDayReaching(target, dayAfter) - 1);
	}

	/** The same local time as {@code start} on the n-th working day after the start's date. */
	public ZonedDateTime addWorkingDays(Instant start, int n) {
		ZonedDateTime local = start.atZone(zone);
		LocalDate deadline = addWorkingDays(local.toLocalDate(), n);
		return ZonedDateTime.of(deadline, local.toLocalTime(), zone);
	}

	/** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		SpecialDays known = days;
		return Math.toIntExact(
				known.workingDaysBefore(to.toEpochDay() + 1) - known.workingDaysBefore(from.toEpochDay() + 1));
	}

	/** The earliest instant by which {@code duration} of office time has passed since {@code start}. */
	public Instant addWorkingHours(Instant start, Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("working time must not be negative, was " + duration);
		}
		if (duration.isZero()) {
			return start;
		}
		SpecialDays known = days;
		ZonedDateTime local = start.atZone(zone);
		long startDay = local.toLocalDate().toEpochDay();
		// office time from the start of the start's day (or of the next working day) to the deadline
		Duration fromDayStart = officeTimeOnDay(known, startDay, local).plus(duration);
		long wholeDays = fromDayStart.dividedBy(officeDay);
		Duration rest = fromDayStart.minus(officeDay.multipliedBy(wholeDays));
		long ordinal = known.workingDaysBefore(startDay) + wholeDays;
		if (rest.isZero()) {
			// ends exactly at the close of a working day: that day's close, not the next opening
			long day = workingDayNumbered(known, ordinal - 1, startDay);
			List<OfficeHours.Period> periods = officeHours.periods();
			return ZonedDateTime.of(LocalDate.ofEpochDay(day), periods.get(periods.size() - 1).end(), zone).toInstant();
		}
		long day = workingDayNumbered(known, ordinal, startDay);
		return ZonedDateTime.of(LocalDate.ofEpochDay(day), officeHours.timeAfter(rest), zone).toInstant();
	}

	/** Office time from {@code a} to {@code b}; negative when {@code b} is before {@code a}. */
	public Duration workingTimeBetween(Instant a, Instant b) {
		SpecialDays known = days;
		ZonedDateTime localA = a.atZone(zone);
		ZonedDateTime localB = b.atZone(zone);
		long dayA = localA.toLocalDate().toEpochDay();
		long dayB = localB.toLocalDate().toEpochDay();
		long wholeDays = known.workingDaysBefore(dayB) - known.workingDaysBefore(dayA);
		return officeDay.multipliedBy(wholeDays)
			.plus(officeTimeOnDay(known, dayB, localB))
			.minus(officeTimeOnDay(known, dayA, localA));
	}

	/** Office time of {@code day} that has passed at {@code local}: none on a rest day. */
	private Duration officeTimeOnDay(SpecialDays known, long day, ZonedDateTime local) {
		return known.isWorkingDay(day) ? officeHours.elapsedBefore(local.toLocalTime()) : Duration.ZERO;
	}

	/** The working day with {@code ordinal} working days before it, searching from {@code from}. */
	private static long workingDayNumbered(SpecialDays known, long ordinal, long from) {
		return known.firstDayReaching(ordinal + 1, from) - 1;
	}
}
