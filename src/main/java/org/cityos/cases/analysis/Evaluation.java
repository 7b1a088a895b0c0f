package org.cityos.cases.analysis;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cityos.directory.Departments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 综合评价: the indicators of GB/T 30428 and the 12345 loop per department, street, grid or
 * worker over a period, in one SQL statement (two aggregations joined). Definitions are in
 * docs/cases.md ("Indicators"); in short, the period's cases are those registered (立案) in it,
 * merged and refused cases excluded:
 * <ul>
 * <li>结案率 = closed / registered; 按期结案率 = closed by the deadline / registered;</li>
 * <li>处置率 = replied / dispatched; 按期处置率 = replied by the deadline / dispatched;</li>
 * <li>返工率 = reworked at least once / replied; 延期率 = extended at least once / dispatched;</li>
 * <li>退单率 = returns / dispatches in the period (from the history, so a department is charged
 * with its own returns even after the case moved on); 满意率 = the three upper levels / rated.</li>
 * </ul>
 */
@Component
public class Evaluation {

	/** How rows are grouped. */
	public enum GroupBy {
		DEPARTMENT("c.department_code", "null", "e.department_code", false, "'dispatch', 'reopen'"),
		STREET("c.street_code", "c.street_name", "c.street_code", true, "'dispatch', 'reopen'"),
		GRID("c.grid_code", "c.grid_name", "c.grid_code", true, "'dispatch', 'reopen'"),
		/** The handler (承办人) who accepted the case; returns are charged to who returned. */
		WORKER("c.handler", "c.handler", "e.actor", false, "'accept', 'return'");

		final String key;

		final String name;

		final String eventKey;

		final boolean joinCase;

		final String sent;

		GroupBy(String key, String name, String eventKey, boolean joinCase, String sent) {
			this.key = key;
			this.name = name;
			this.eventKey = eventKey;
			this.joinCase = joinCase;
			this.sent = sent;
		}
	}

	/** One group's counts and rates (0–1, four decimals; null when nothing to divide by). */
	public record Row(@Nullable String key, String name, long registered, long closed, long closedOnTime,
			long dispatched, long replied, long repliedOnTime, long reworked, long extended, long dispatches,
			long returns, long rated, long satisfied, @Nullable Double closingRate, @Nullable Double onTimeClosingRate,
			@Nullable Double handlingRate, @Nullable Double onTimeHandlingRate, @Nullable Double reworkRate,
			@Nullable Double extensionRate, @Nullable Double returnRate, @Nullable Double satisfactionRate) {

		static Row of(@Nullable String key, String name, long[] n) {
			return new Row(key, name, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11],
					rate(n[1], n[0]), rate(n[2], n[0]), rate(n[4], n[3]), rate(n[5], n[3]), rate(n[6], n[4]),
					rate(n[7], n[3]), rate(n[9], n[8]), rate(n[11], n[10]));
		}

		long[] counts() {
			return new long[] { registered, closed, closedOnTime, dispatched, replied, repliedOnTime, reworked, extended,
					dispatches, returns, rated, satisfied };
		}
	}

	/** The evaluation of a period: its rows, biggest first, and the city's total. */
	public record Result(Instant from, Instant to, GroupBy groupBy, List<Row> rows, Row total) {
	}

	private final JdbcClient jdbc;

	private final Departments departments;

	Evaluation(JdbcClient jdbc, Departments departments) {
		this.jdbc = jdbc;
		this.departments = departments;
	}

	public Result evaluate(Instant from, Instant to, GroupBy groupBy) {
		String sql = """
				with agg as (
				  select coalesce(%1$s, '') as key, max(%2$s) as name,
				    count(*) as registered,
				    count(*) filter (where c.status = 'CLOSED') as closed,
				    count(*) filter (where c.status = 'CLOSED' and (c.due_at is null or c.closed_at <= c.due_at)) as closed_on_time,
				    count(*) filter (where c.first_dispatched_at is not null) as dispatched,
				    count(*) filter (where c.first_replied_at is not null and c.first_dispatched_at is not null) as replied,
				    count(*) filter (where c.first_replied_at is not null and c.first_dispatched_at is not null
				                     and c.replied_at <= c.due_at) as replied_on_time,
				    count(*) filter (where c.rework_count > 0) as reworked,
				    count(*) filter (where c.extension_count > 0) as extended,
				    count(*) filter (where c.satisfaction is not null) as rated,
				    count(*) filter (where c.satisfaction in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
				  from cases_case c
				  where c.registered_at >= :from and c.registered_at < :to and c.status not in ('REJECTED', 'MERGED')
				    and c.resolution is distinct from 'MERGED'
				  group by 1
				), moves as (
				  select coalesce(%3$s, '') as key,
				    count(*) filter (where e.action in (%5$s)) as dispatches,
				    count(*) filter (where e.action = 'return') as returns
				  from cases_event e %4$s
				  where e.action in ('dispatch', 'reopen', 'accept', 'return') and e.at >= :from and e.at < :to
				  group by 1
				)
				select coalesce(a.key, m.key) as key, a.name, coalesce(a.registered, 0), coalesce(a.closed, 0),
				  coalesce(a.closed_on_time, 0), coalesce(a.dispatched, 0), coalesce(a.replied, 0),
				  coalesce(a.replied_on_time, 0), coalesce(a.reworked, 0), coalesce(a.extended, 0),
				  coalesce(m.dispatches, 0), coalesce(m.returns, 0), coalesce(a.rated, 0), coalesce(a.satisfied, 0)
				from agg a full outer join moves m on m.key = a.key
				order by 3 desc, 1
				""".formatted(groupBy.key, groupBy.name, groupBy.eventKey,
				groupBy.joinCase ? "join cases_case c on c.id = e.case_id" : "", groupBy.sent);
		Map<String, String> departmentNames = groupBy == GroupBy.DEPARTMENT ? departments.names() : Map.of();
		List<Row> rows = jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> {
				String key = rs.getString(1).isEmpty() ? null : rs.getString(1);
				long[] counts = new long[12];
				for (int i = 0; i < 12; i++) {
					counts[i] = rs.getLong(i + 3);
				}
				String name = key == null ? "（未派遣/未定位）"
						: groupBy == GroupBy.DEPARTMENT ? departmentNames.getOrDefault(key, key)
								: rs.getString(2) == null ? key : rs.getString(2);
				return Row.of(key, name, counts);
			})
			.list();
		long[] total = new long[12];
		for (Row row : rows) {
			long[] counts = row.counts();
			for (int i = 0; i < 12; i++) {
				total[i] += counts[i];
			}
		}
		return new Result(from, to, groupBy, new ArrayList<>(rows), Row.of(null, "合计", total));
	}

	static @Nullable Double rate(long numerator, long denominator) {
		return denominator == 0 ? null : Math.round(numerator * 10_000.0 / denominator) / 10_000.0;
	}
}
