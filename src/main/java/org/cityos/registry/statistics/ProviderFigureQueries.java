package org.cityos.registry.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.registry.RegistryStatistics;
import org.cityos.registry.comparison.GoldenRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RegistryStatistics} from the stored source records and golden values ({@link GoldenRecords}) and
 * registry_discrepancy. A discrepancy counts as closed once it has {@code closed_at} (closed by a
 * comparison, or resolved by arbitration when that sets the time), whatever its state name.
 */
@Service
class ProviderFigureQueries implements RegistryStatistics {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final GoldenRecords golden;

	ProviderFigureQueries(JdbcClient jdbc, WorkingCalendar calendar, GoldenRecords golden) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.golden = golden;
	}

	private static final class Counts {

		long sourceValues, agreeing, found, handled, late, overdue, closedLate;

		final List<Double> closingDays = new ArrayList<>();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, ProviderFigures> figures(Instant from, Instant to, Instant now) {
		Map<String, Counts> all = new TreeMap<>();
		for (GoldenRecords.ProviderConsistency consistency : golden.consistency()) {
			Counts c = all.computeIfAbsent(consistency.providerCode(), k -> new Counts());
			c.sourceValues = consistency.values();
			c.agreeing = consistency.agreeing();
		}
		Timestamp f = Timestamp.from(from);
		Timestamp t = Timestamp.from(to);
		Timestamp end = Timestamp.from(now.isBefore(to) ? now : to);
		jdbc.sql("""
				select provider_code,
				       count(*) filter (where found_at >= :from and found_at < :to) as found,
				       count(*) filter (where found_at < :to and (closed_at is null or closed_at >= :from)) as handled,
				       count(*) filter (where found_at < :to and due_at < :end and (closed_at is null or closed_at >= :to))
				           as overdue,
				       count(*) filter (where closed_at >= :from and closed_at < :to and closed_at > due_at) as closed_late
				from registry_discrepancy group by provider_code
				""").param("from", f).param("to", t).param("end", end).query(rs -> {
			Counts c = all.computeIfAbsent(rs.getString(1), k -> new Counts());
			c.found = rs.getLong(2);
			c.handled = rs.getLong(3);
			c.overdue = rs.getLong(4);
			c.closedLate = rs.getLong(5);
			c.late = c.overdue + c.closedLate;
		});
		double officeDayMinutes = calendar.officeHours().daily().toMinutes();
		jdbc.sql("select provider_code, found_at, closed_at from registry_discrepancy where closed_at >= :from and closed_at < :to")
			.param("from", f).param("to", t).query(rs -> {
				long minutes = calendar.workingTimeBetween(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant())
					.toMinutes();
				all.computeIfAbsent(rs.getString(1), k -> new Counts()).closingDays.add(Math.max(0, minutes) / officeDayMinutes);
			});
		Map<String, ProviderFigures> figures = new HashMap<>();
		all.forEach((code, c) -> figures.put(code, new ProviderFigures(code, c.sourceValues, c.agreeing, c.found,
				c.handled, c.late, c.overdue, c.closingDays.size(), c.closedLate, mean(c.closingDays),
				median(c.closingDays))));
		return figures;
	}

	private static @Nullable Double mean(List<Double> values) {
		return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	private static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
