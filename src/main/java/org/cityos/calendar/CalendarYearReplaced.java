package org.cityos.calendar;

/**
 * An admin stored (added or replaced) a year's holiday arrangement. Deadlines computed while
 * the year was unknown or different may now be wrong; SLA timers can recompute them.
 */
public record CalendarYearReplaced(int year) {
}
