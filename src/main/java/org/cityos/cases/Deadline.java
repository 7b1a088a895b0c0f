package org.cityos.cases;

import java.time.Instant;

/**
 * A handling deadline: the limit it came from, when the yellow card is due and when the case is
 * overdue (red card).
 */
public record Deadline(int amount, LimitUnit unit, Instant yellowAt, Instant dueAt) {
}
