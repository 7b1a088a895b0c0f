package org.cityos.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cityos.calendar.CalendarYear.AdjustedWorkday;
import org.cityos.calendar.CalendarYear.Holiday;
import org.cityos.audit.AuditLog;
import org.cityos.shared.NotFoundException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The migration and the repository on a real PostgreSQL (embedded), and the administration's
 * all-or-nothing writes. No Spring context: the pieces are wired by hand.
 */
class CalendarYearsIntegrationTests {

	private static EmbeddedPostgres postgres;

	private static DataSource dataSource;

	private final CalendarYears years = new CalendarYears(JdbcClient.create(dataSource));

	private final WorkingCalendar calendar = new WorkingCalendar(years.findAll(), OfficeHours.DEFAULT,
			ZoneId.of("Asia/Shanghai"));

	private final List<Object> events = new ArrayList<>();

	private final CalendarAdministration administration = new CalendarAdministration(years, calendar,
			new DataSourceTransactionManager(dataSource), events::add, new AuditLog(JdbcClient.create(dataSource)));

	@BeforeAll
	static void startPostgres() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		dataSource = postgres.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@AfterEach
	void removeAddedYears() {
		JdbcClient.create(dataSource).sql("delete from calendar_year where year > 2026").update();
	}

	@Test
	void migrationStoresTheShippedYears() {
		assertThat(years.findAll()).isEqualTo(ShippedYears.load()).extracting(CalendarYear::year).containsExactly(2025, 2026);
		assertThat(calendar.describe(LocalDate.of(2026, 2, 14)).kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
	}

	@Test
	void storesANewYearAndReloadsTheCalendar() {
		CalendarYear stored = administration.replaceYear(year2027("春节", "2027-02-06", "2027-02-13"));
		assertThat(stored.source()).isEqualTo("通知");
		assertThat(calendar.isYearKnown(2027)).isTrue();
		assertThat(calendar.describe(LocalDate.of(2027, 2, 14)).reason()).isEqualTo("春节调休上班");
		assertThat(years.findAll()).extracting(CalendarYear::year).containsExactly(2025, 2026, 2027);
		assertThat(events).containsExactly(new CalendarYearReplaced(2027));
		assertThat(JdbcClient.create(dataSource).sql("select count(*) from audit_entry where action = 'calendar.year.replaced' and target = '2027'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void replacingAYearDropsItsOldDays() {
		administration.replaceYear(year2027("春节", "2027-02-06", "2027-02-13"));
		administration.replaceYear(year2027("春节", "2027-02-08", "2027-02-13"));
		assertThat(calendar.describe(LocalDate.of(2027, 2, 6)).kind()).isEqualTo(DayKind.WEEKEND);
		assertThat(calendar.describe(LocalDate.of(2027, 2, 8)).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(years.findAll().get(2).holidays()).containsExactly(
				new Holiday("春节", LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 13)));
	}

	@Test
	void aFailureInsideTheTransactionLeavesNothingWritten() {
		CalendarAdministration failing = new CalendarAdministration(years, calendar,
				new DataSourceTransactionManager(dataSource), event -> {
					throw new IllegalStateException("listener failed");
				}, new AuditLog(JdbcClient.create(dataSource)));
		assertThatIllegalStateException()
			.isThrownBy(() -> failing.replaceYear(year2027("春节", "2027-02-06", "2027-02-13")));
		assertThat(years.findAll()).extracting(CalendarYear::year).containsExactly(2025, 2026);
		assertThat(calendar.isYearKnown(2027)).isFalse();
	}

	@Test
	void deletesAYearAndRefusesAnUnknownOne() {
		administration.replaceYear(year2027("春节", "2027-02-06", "2027-02-13"));
		administration.deleteYear(2027);
		assertThat(calendar.isYearKnown(2027)).isFalse();
		assertThat(JdbcClient.create(dataSource).sql("select count(*) from calendar_special_day where year = 2027")
			.query(Long.class).single()).isZero();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> administration.deleteYear(2030));
		assertThat(events).containsExactly(new CalendarYearReplaced(2027), new CalendarYearDeleted(2027));
	}

	private static CalendarYear year2027(String name, String start, String end) {
		return new CalendarYear(2027, List.of(new Holiday(name, LocalDate.parse(start), LocalDate.parse(end))),
				List.of(new AdjustedWorkday(LocalDate.of(2027, 2, 14), name)), "通知");
	}
}
