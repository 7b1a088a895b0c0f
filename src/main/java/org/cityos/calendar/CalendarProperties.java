package org.cityos.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cityos.calendar.*}: the office hours against which working-hour SLAs run, the zone
 * whose wall clock decides dates and times, and how often an instance rereads the years so
 * that an admin's change on another instance reaches it.
 *
 * @param officeHours     periods of a working day, {@code "09:00-12:00,13:30-17:30"}
 * @param zone            the city's time zone
 * @param refreshInterval how often the stored years are reread
 */
@ConfigurationProperties("cityos.calendar")
record CalendarProperties(@DefaultValue("09:00-12:00,13:30-17:30") String officeHours,
		@DefaultValue("Asia/Shanghai") String zone, @DefaultValue("PT5M") Duration refreshInterval) {
}
