package org.cityos.scorecard.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.catalog.DataRead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 数据使用: counts the reads of each department's resources per city day, consumer and channel,
 * from the catalog's {@link DataRead} event (published for every exchange page, export and open
 * data read). The event publication registry redelivers an event whose counting failed, so no
 * read is lost across a crash; the counter is the scorecard's own, not a scan of the audit log.
 * Reads before the scorecard existed are not counted.
 */
@Component
class ResourceUse {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	ResourceUse(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	@ApplicationModuleListener
	void on(DataRead read) {
		count(read);
	}

	void count(DataRead read) {
		LocalDate day = read.at().atZone(calendar.zone()).toLocalDate();
		jdbc.sql("""
				insert into scorecard_resource_use as u (day, provider_code, resource_code, consumer_code, channel, reads, rows_read)
				values (:day, :provider, :resource, :consumer, :channel, 1, :rows)
				on conflict (day, provider_code, resource_code, consumer_code, channel)
				do update set reads = u.reads + 1, rows_read = u.rows_read + excluded.rows_read
				""").param("day", Date.valueOf(day)).param("provider", read.providerCode())
			.param("resource", read.resourceCode().value())
			.param("consumer", read.consumerCode() == null ? "" : read.consumerCode())
			.param("channel", read.channel().name()).param("rows", read.rows()).update();
	}

	/** Use of each provider's resources on the days {@code [from, to)}. */
	Map<String, DepartmentFacts.Use> between(LocalDate from, LocalDate to) {
		Map<String, DepartmentFacts.Use> use = new HashMap<>();
		jdbc.sql("""
				select provider_code,
				       coalesce(sum(reads) filter (where consumer_code <> '' and consumer_code <> provider_code), 0),
				       coalesce(sum(rows_read) filter (where consumer_code <> '' and consumer_code <> provider_code), 0),
				       count(distinct consumer_code) filter (where consumer_code <> '' and consumer_code <> provider_code),
				       coalesce(sum(reads) filter (where consumer_code = ''), 0)
				from scorecard_resource_use where day >= :from and day < :to group by provider_code
				""").param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
			.query(rs -> {
				use.put(rs.getString(1), new DepartmentFacts.Use(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
			});
		return use;
	}
}
