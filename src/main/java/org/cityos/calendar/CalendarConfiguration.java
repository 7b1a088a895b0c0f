package org.cityos.calendar;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link WorkingCalendar} from the stored years at start-up (after Flyway has run:
 * the repository's JdbcClient waits for database initialisation), failing fast on bad
 * office hours or zone in the configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(CalendarYears years, CalendarProperties properties) {
		OfficeHours officeHours;
		ZoneId zone;
		try {
			officeHours = OfficeHours.parse(properties.officeHours());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("cityos.calendar.office-hours: " + ex.getMessage(), ex);
		}
		try {
			zone = ZoneId.of(properties.zone());
		}
		catch (DateTimeException ex) {
			throw new IllegalStateException("cityos.calendar.zone: unknown time zone " + properties.zone(), ex);
		}
		return new WorkingCalendar(years.findAll(), officeHours, zone);
	}
}
