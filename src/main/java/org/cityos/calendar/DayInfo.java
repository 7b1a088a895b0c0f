package org.cityos.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the calendar says about one date.
 *
 * @param date       the date
 * @param workingDay whether offices work that day
 * @param kind       why
 * @param holiday    for a holiday its name (春节); for an adjusted working day the name of the
 *                   holiday it compensates; otherwise null
 * @param reason     the answer in words, zh-CN (春节调休上班)
 * @param yearKnown  false when the date's year has no holiday arrangement in the data: the answer
 *                   then only follows Monday–Friday
 */
public record DayInfo(LocalDate date, boolean workingDay, DayKind kind, @Nullable String holiday, String reason,
		boolean yearKnown) {
}
