package org.cityos.catalog.statistics;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.catalog.SharingStatistics;
import org.cityos.catalog.UpdateCycle;
import org.cityos.catalog.collection.CollectionProperties;
import org.cityos.catalog.statistics.DeliveryDues.Tally;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SharingStatistics} from the catalog's tables: resources, the delivery history replayed
 * against update cycles ({@link DeliveryDues}), delivery reports, the delivered data itself
 * (completeness, see {@link Completeness}) and sharing requests. Reads in one read-only
 * transaction so the figures of one interval agree with each other.
 */
@Service
class ProviderStatistics implements SharingStatistics {

	/** States whose rows were stored: these move the timeliness clock. */
	private static final String STORED = "('ACCEPTED', 'PARTIALLY_ACCEPTED')";

	/**
	 * Each resource with the time it counts from: its publication in the catalog, or its first
	 * delivery when that came earlier (data a department kept before the catalog listed it).
	 */
	private static final String SINCE = """
			select c.code, c.provider_code, c.update_cycle,
			       least(c.published_at, coalesce((select min(d.started_at) from catalog_delivery d where d.resource_code = c.code),
			                                      c.published_at)) as since
			from catalog_resource c
			""";

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Completeness completeness;

	private final ZoneId zone;

	ProviderStatistics(JdbcClient jdbc, WorkingCalendar calendar, Completeness completeness,
			CollectionProperties properties) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.completeness = completeness;
		this.zone = properties.zone();
	}

	/** Mutable counters of one department while the queries run. */
	private static final class Counts {

		long resources, newResources, rowsReceived, rowsRejected, identifierFailures, requestsDue, requestsOnTime,
				requestsWaitingOverdue;

		Tally dues = Tally.NONE;

		Completeness.Cells cells = Completeness.Cells.NONE;

		final List<Double> answerDays = new ArrayList<>();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, ProviderFigures> figures(Instant from, Instant to, Instant now) {
		Timestamp f = Timestamp.from(from);
		Timestamp t = Timestamp.from(to);
		Timestamp n = Timestamp.from(now);
		Map<String, Counts> all = new TreeMap<>();
		jdbc.sql("with r as (" + SINCE + ")" + """
				select provider_code, count(*) as resources, count(*) filter (where since >= :from) as new_resources
				from r where since < :to group by provider_code
				""").param("from", f).param("to", t).query(rs -> {
			Counts c = all.computeIfAbsent(rs.getString(1), k -> new Counts());
			c.resources = rs.getLong(2);
			c.newResources = rs.getLong(3);
		});
		dues(all, from, to, now);
		jdbc.sql("""
				select provider_code, sum(received), sum(rejected) from catalog_delivery
				where started_at >= :from and started_at < :to and state in ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED')
				group by provider_code
				""").param("from", f).param("to", t).query(rs -> {
			Counts c = all.get(rs.getString(1));
			if (c != null) {
				c.rowsReceived = rs.getLong(2);
				c.rowsRejected = rs.getLong(3);
			}
		});
		// a rejected row counts once however many identifier items it got wrong
		jdbc.sql("""
				select d.provider_code, count(distinct (j.delivery_id, j.row_number))
				from catalog_delivery d
				join catalog_delivery_rejection j on j.delivery_id = d.id
				join catalog_resource_version v on v.resource_code = d.resource_code and v.version = d.version
				where d.started_at >= :from and d.started_at < :to and j.item is not null
				  and exists (select 1 from jsonb_array_elements(v.items) i
				              where i->>'name' = j.item and coalesce(i->>'identifier', 'NONE') <> 'NONE')
				group by d.provider_code
				""").param("from", f).param("to", t).query(rs -> {
			Counts c = all.get(rs.getString(1));
			if (c != null) {
				c.identifierFailures = rs.getLong(2);
			}
		});
		completeness.of(from, to).forEach((department, cells) -> {
			Counts c = all.get(department);
			if (c != null) {
				c.cells = cells;
			}
		});
		requests(all, f, t, n);
		Map<String, ProviderFigures> figures = new HashMap<>();
		all.forEach((code, c) -> figures.put(code, new ProviderFigures(code, c.resources, c.newResources, c.dues.due(),
				c.dues.onTime(), c.rowsReceived, c.rowsRejected, c.identifierFailures, c.cells.cells(), c.cells.filled(),
				c.requestsDue, c.requestsOnTime, c.answerDays.size(), mean(c.answerDays), median(c.answerDays),
				c.requestsWaitingOverdue)));
		return figures;
	}

	private void dues(Map<String, Counts> all, Instant from, Instant to, Instant now) {
		jdbc.sql("with r as (" + SINCE + ")" + """
				select r.provider_code, r.update_cycle, r.since,
				       array(select d.started_at from catalog_delivery d
				             where d.resource_code = r.code and d.state in """ + STORED + """
				               and d.started_at < :to order by d.started_at) as deliveries
				from r where r.since < :to and r.update_cycle <> 'OTHER'
				""").param("to", Timestamp.from(to)).query(rs -> {
			Counts c = all.get(rs.getString(1));
			if (c != null) {
				Tally tally = DeliveryDues.count(UpdateCycle.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
						instants(rs.getArray(4)), from, to, now, zone);
				c.dues = c.dues.plus(tally);
			}
		});
	}

	private void requests(Map<String, Counts> all, Timestamp from, Timestamp to, Timestamp now) {
		// 无条件共享 is answered by the rule at once: it says nothing about the department
		jdbc.sql("""
				select provider_code,
				       count(*) filter (where reply_due_at >= :from and reply_due_at < :to
				                          and (answered_at is not null or reply_due_at < :now)) as due,
				       count(*) filter (where reply_due_at >= :from and reply_due_at < :to
				                          and answered_at is not null and answered_at <= reply_due_at) as on_time,
				       count(*) filter (where reply_due_at < least(cast(:to as timestamptz), cast(:now as timestamptz)) and requested_at < :to
				                          and (answered_at is null or answered_at >= :to)) as waiting_overdue
				from catalog_sharing_request where sharing_type <> 'UNCONDITIONAL' group by provider_code
				""").param("from", from).param("to", to).param("now", now).query(rs -> {
			Counts c = all.get(rs.getString(1));
			if (c != null) {
				c.requestsDue = rs.getLong(2);
				c.requestsOnTime = rs.getLong(3);
				c.requestsWaitingOverdue = rs.getLong(4);
			}
		});
		double officeDayMinutes = calendar.officeHours().daily().toMinutes();
		jdbc.sql("""
				select provider_code, requested_at, answered_at from catalog_sharing_request
				where sharing_type <> 'UNCONDITIONAL' and answered_at >= :from and answered_at < :to
				""").param("from", from).param("to", to).query(rs -> {
			Counts c = all.get(rs.getString(1));
			if (c != null) {
				long minutes = calendar.workingTimeBetween(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant())
					.toMinutes();
				c.answerDays.add(Math.max(0, minutes) / officeDayMinutes);
			}
		});
	}

	private static List<Instant> instants(Array array) throws SQLException {
		return Arrays.stream((Timestamp[]) array.getArray()).map(Timestamp::toInstant).toList();
	}

	static @Nullable Double mean(List<Double> values) {
		return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
