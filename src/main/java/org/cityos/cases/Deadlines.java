package org.cityos.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.TimeLimits.TimeLimit;
import org.springframework.stereotype.Component;

/**
 * Turns a time limit into a {@link Deadline} from a start instant on the working calendar:
 * {@code HOURS} on the clock, {@code WORKING_HOURS} in office hours of working days,
 * {@code WORKING_DAYS} as the same time on the n-th working day after the start's date. The
 * yellow card falls when {@code yellowPercent} of the limit's time has passed, counted the
 * same way (office time for the working units).
 */
@Component
public class Deadlines {

	private final WorkingCalendar calendar;

	private final TimeLimits limits;

	private final Categories categories;

	Deadlines(WorkingCalendar calendar, TimeLimits limits, Categories categories) {
		this.calendar = calendar;
		this.limits = limits;
		this.categories = categories;
	}

	/** The deadline of a case of this category and urgency dispatched at {@code start}. */
	public Deadline forCase(String categoryCode, Urgency urgency, Instant start) {
		return earliest(TimeLimits.candidates(limits.all(), categories.lineage(categoryCode), urgency), start);
	}

	/**
	 * The same, over time limits already read with {@link TimeLimits#all()}: for bulk work (a
	 * history import, a simulator) that would otherwise read the limits once per case.
	 */
	public Deadline forCase(List<TimeLimit> limits, String categoryCode, Urgency urgency, Instant start) {
		return earliest(TimeLimits.candidates(limits, categories.lineage(categoryCode), urgency), start);
	}

	Deadline earliest(List<TimeLimit> candidates, Instant start) {
		if (candidates.isEmpty()) {
			return of(7, LimitUnit.WORKING_DAYS, 80, start);
		}
		return candidates.stream().map(l -> of(l.amount(), l.unit(), l.yellowPercent(), start))
			.min(Comparator.comparing(Deadline::dueAt)).orElseThrow();
	}

	/** A deadline of {@code amount} {@code unit} from {@code start}, yellow at {@code yellowPercent}. */
	public Deadline of(int amount, LimitUnit unit, int yellowPercent, Instant start) {
		Instant due = end(start, amount, unit);
		return new Deadline(amount, unit, yellowAt(start, due, unit, yellowPercent), due);
	}

	/**
	 * An approved extension: the due moves by {@code amount} {@code unit} from the old due; the yellow
	 * card falls at {@code yellowPercent} of the time from {@code now} to the new due. The deadline keeps
	 * the limit it came from (the extension itself is on record).
	 */
	public Deadline extend(Deadline current, int amount, LimitUnit unit, int yellowPercent, Instant now) {
		Instant due = end(current.dueAt(), amount, unit);
		return new Deadline(current.amount(), current.unit(), yellowAt(now, due, unit, yellowPercent), due);
	}

	private Instant yellowAt(Instant start, Instant due, LimitUnit unit, int yellowPercent) {
		if (!due.isAfter(start)) {
			return due;
		}
		return switch (unit) {
			case HOURS -> start.plus(Duration.between(start, due).multipliedBy(yellowPercent).dividedBy(100));
			case WORKING_HOURS, WORKING_DAYS -> {
				Duration office = calendar.workingTimeBetween(start, due);
				yield office.isNegative() || office.isZero() ? due
						: calendar.addWorkingHours(start, office.multipliedBy(yellowPercent).dividedBy(100));
			}
		};
	}

	private Instant end(Instant start, int amount, LimitUnit unit) {
		return switch (unit) {
			case HOURS -> start.plus(Duration.ofHours(amount));
			case WORKING_HOURS -> calendar.addWorkingHours(start, Duration.ofHours(amount));
			case WORKING_DAYS -> calendar.addWorkingDays(start, amount).toInstant();
		};
	}
}
