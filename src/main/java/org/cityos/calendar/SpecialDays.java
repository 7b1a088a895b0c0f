package org.cityos.calendar;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The known years' special days as sorted arrays, immutable; {@link WorkingCalendar} swaps a
 * whole new instance in when the data changes, so readers never see half a reload.
 * <p>
 * Everything is counted through one monotone function, {@link #workingDaysBefore(long)}: the
 * number of working days before a day, relative to a fixed Monday. It is the Monday-to-Friday
 * count plus the running sum of corrections of the special days before the day (-1 for a holiday
 * on a weekday, +1 for an adjusted working day, 0 for a holiday on a weekend). Both are O(1) and
 * O(log special days), so deadlines for a million cases cost no date walking.
 */
final class SpecialDays {

	/** Epoch day of Monday 1969-12-29, the origin of the weekday count. */
	private static final long MONDAY = -3;

	private final Map<Integer, CalendarYear> years;

	private final long[] epochDays;

	private final DayKind[] kinds;

	private final String[] names;

	/** {@code correctionBefore[i]}: the sum of corrections of the special days before index i. */
	private final long[] correctionBefore;

	SpecialDays(Collection<CalendarYear> knownYears) {
		Map<Integer, CalendarYear> byYear = new TreeMap<>();
		for (CalendarYear year : knownYears) {
			if (byYear.put(year.year(), year) != null) {
				throw new IllegalArgumentException("year " + year.year() + " is given twice");
			}
		}
		this.years = Collections.unmodifiableMap(byYear);
		List<CalendarYear.SpecialDay> days = byYear.values().stream().flatMap(year -> year.specialDays().stream()).toList();
		this.epochDays = new long[days.size()];
		this.kinds = new DayKind[days.size()];
		this.names = new String[days.size()];
		this.correctionBefore = new long[days.size() + 1];
		for (int i = 0; i < days.size(); i++) {
			CalendarYear.SpecialDay day = days.get(i);
			epochDays[i] = day.date().toEpochDay();
			kinds[i] = day.kind();
			names[i] = day.name();
			int regular = isWeekend(epochDays[i]) ? 0 : 1;
			int actual = day.kind().isWorking() ? 1 : 0;
			correctionBefore[i + 1] = correctionBefore[i] + actual - regular;
		}
	}

	Map<Integer, CalendarYear> years() {
		return years;
	}

	boolean isYearKnown(int year) {
		return years.containsKey(year);
	}

	Optional<CalendarYear> year(int year) {
		return Optional.ofNullable(years.get(year));
	}

	/** The kind of a day: a stored special day's, otherwise weekday or weekend. */
	DayKind kind(long epochDay) {
		int index = Arrays.binarySearch(epochDays, epochDay);
		if (index >= 0) {
			return kinds[index];
		}
		return isWeekend(epochDay) ? DayKind.WEEKEND : DayKind.WEEKDAY;
	}

	/** The holiday's name for a holiday or adjusted working day, otherwise null. */
	@Nullable String name(long epochDay) {
		int index = Arrays.binarySearch(epochDays, epochDay);
		return index >= 0 ? names[index] : null;
	}

	boolean isWorkingDay(long epochDay) {
		return kind(epochDay).isWorking();
	}

	/** Working days strictly before {@code epochDay}, counted from Monday 1969-12-29 (negative before it). */
	long workingDaysBefore(long epochDay) {
		int index = Arrays.binarySearch(epochDays, epochDay);
		int specialDaysBefore = index >= 0 ? index : -index - 1;
		return weekdaysBefore(epochDay) + correctionBefore[specialDaysBefore];
	}

	/**
	 * The earliest day {@code x >= from} with {@code workingDaysBefore(x) >= target}: the day after
	 * the working day that brings the count to {@code target}. Searches exponentially then by
	 * halving, since the count never decreases.
	 */
	long firstDayReaching(long target, long from) {
		long low = from;
		if (workingDaysBefore(low) >= target) {
			return low;
		}
		// five working days per seven, plus slack for a long holiday; doubled until far enough
		long span = Math.max(16, Math.multiplyExact(target - workingDaysBefore(low), 2));
		long high = Math.addExact(low, span);
		while (workingDaysBefore(high) < target) {
			low = high;
			span = Math.multiplyExact(span, 2);
			high = Math.addExact(from, span);
		}
		// invariant: workingDaysBefore(low) < target <= workingDaysBefore(high)
		while (high - low > 1) {
			long middle = low + (high - low) / 2;
			if (workingDaysBefore(middle) >= target) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		return high;
	}

	static boolean isWeekend(long epochDay) {
		return Math.floorMod(epochDay - MONDAY, 7) >= 5;
	}

	/** Mondays to Fridays before {@code epochDay}, counted from Monday 1969-12-29. */
	private static long weekdaysBefore(long epochDay) {
		long sinceMonday = epochDay - MONDAY;
		return 5 * Math.floorDiv(sinceMonday, 7) + Math.min(Math.floorMod(sinceMonday, 7), 5);
	}
}
