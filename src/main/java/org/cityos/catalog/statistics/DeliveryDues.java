package org.cityos.catalog.statistics;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.cityos.catalog.UpdateCycle;

/**
 * Replays a resource's delivery history against its update cycle, the way
 * {@link org.cityos.catalog.collection.Timeliness} moves the due date: the first delivery is due
 * one cycle after registration, each next one a cycle after the last successful delivery. The
 * catalog keeps only the next due date, so the scorecard needs the past ones rebuilt here.
 * <p>
 * A due date met by a delivery (at or before it) counts on time; a due date that passed without
 * one counts late, and — unlike the catalog's overdue notice, which is sent once — the next one
 * follows a cycle later, so a daily resource silent for a week misses seven dues, not one. A due
 * date still ahead and not yet met is undecided and counts nowhere. 其他 (no rhythm) has none.
 * The current update cycle is applied to the whole history (cycle changes are not historised).
 */
final class DeliveryDues {

	private DeliveryDues() {
	}

	/** Dues in an interval and how many of them were met. */
	record Tally(long due, long onTime) {

		static final Tally NONE = new Tally(0, 0);

		Tally plus(Tally other) {
			return new Tally(due + other.due, onTime + other.onTime);
		}
	}

	/**
	 * @param registeredAt when the resource was registered (its clock's start; an earlier first
	 *                     delivery starts it instead)
	 * @param deliveries   the times of successful deliveries, oldest first
	 */
	static Tally count(UpdateCycle cycle, Instant registeredAt, List<Instant> deliveries, Instant from, Instant to,
			Instant now, ZoneId zone) {
		if (cycle.interval().isEmpty()) {
			return Tally.NONE;
		}
		Period interval = cycle.interval().get();
		Instant anchor = deliveries.isEmpty() || registeredAt.isBefore(deliveries.get(0)) ? registeredAt : deliveries.get(0);
		int next = 0;
		long due = 0;
		long onTime = 0;
		while (true) {
			Instant dueAt = ZonedDateTime.ofInstant(anchor, zone).plus(interval).toInstant();
			if (!dueAt.isBefore(to)) {
				break;
			}
			while (next < deliveries.size() && !deliveries.get(next).isAfter(anchor)) {
				next++;
			}
			boolean met = next < deliveries.size() && !deliveries.get(next).isAfter(dueAt);
			if (!met && dueAt.isAfter(now)) {
				break;
			}
			if (!dueAt.isBefore(from)) {
				due++;
				if (met) {
					onTime++;
				}
			}
			anchor = met ? deliveries.get(next) : dueAt;
		}
		return new Tally(due, onTime);
	}
}
