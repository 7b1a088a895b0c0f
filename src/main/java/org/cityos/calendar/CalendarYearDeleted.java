package org.cityos.calendar;

/** An admin removed a year's holiday arrangement: the year now counts Monday to Friday only. */
public record CalendarYearDeleted(int year) {
}
