/**
 * 工作日历 (working calendar): which days are working days in China, given the State
 * Council's yearly holiday arrangement (节假日安排: 放假 holidays and 调休上班 adjusted
 * working days on weekends), and deadlines counted in working days or office hours.
 * <p>
 * {@link org.cityos.calendar.WorkingCalendar} is the entry point other modules use (SLA timers in
 * cases, reply limits in catalog and registry). Years are data: 2025 and 2026 ship as a
 * migration, an admin adds later years through {@link org.cityos.calendar.CalendarAdministration}.
 */
@NullMarked
package org.cityos.calendar;

import org.jspecify.annotations.NullMarked;
