package org.cityos.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** {@code cityos.calendar.*} reaches the {@link WorkingCalendar}; a bad value stops the start-up. */
class CalendarConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class)
		.withBean(CalendarYears.class, ShippedYearsInMemory::new);

	@Test
	void defaultsToSevenOfficeHoursInShanghai() {
		context.run(started -> {
			WorkingCalendar calendar = started.getBean(WorkingCalendar.class);
			assertThat(calendar.officeHours().daily()).isEqualTo(Duration.ofHours(7));
			assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
			assertThat(calendar.years()).hasSize(2);
		});
	}

	@Test
	void takesConfiguredOfficeHoursAndZone() {
		context.withPropertyValues("cityos.calendar.office-hours=08:30-12:00,14:00-18:00", "cityos.calendar.zone=Asia/Urumqi")
			.run(started -> {
				WorkingCalendar calendar = started.getBean(WorkingCalendar.class);
				assertThat(calendar.officeHours().daily()).isEqualTo(Duration.ofMinutes(450));
				assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
			});
	}

	@Test
	void refusesToStartWithBadOfficeHoursOrZone() {
		context.withPropertyValues("cityos.calendar.office-hours=9-12")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.hasStackTraceContaining("cityos.calendar.office-hours: office period must look like 09:00-12:00"));
		context.withPropertyValues("cityos.calendar.zone=Mars/Olympus")
			.run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("cityos.calendar.zone"));
	}

	/** The shipped years without a database. */
	static class ShippedYearsInMemory extends CalendarYears {

		ShippedYearsInMemory() {
			super(JdbcClient.create(new SimpleDriverDataSource()));
		}

		@Override
		List<CalendarYear> findAll() {
			return ShippedYears.load();
		}
	}
}
