package org.cityos.cases.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cityos.directory.Departments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 督办看板: the open (timed) cases per department with their yellow and red cards, overdue,
 * supervised and waiting extension requests, and the latest escalations of cases still open.
 * Counts the rows as they are now; the SLA sweep is what moves the cards.
 */
@Component
public class SupervisionBoard {

	/** Statuses in which the clock runs (docs/cases.md, "Time limits"). */
	private static final String TIMED = "('DISPATCHED', 'IN_PROGRESS', 'REPLIED', 'VERIFIED')";

	public record DepartmentCounts(@Nullable String code, @Nullable String name, long open, long yellow, long red,
			long overdue, long supervised, long extensionRequested) {
	}

	public record Escalation(String number, Instant at, @Nullable String departmentCode, @Nullable String departmentName,
			@Nullable String leaders, Instant dueAt, String reason, String categoryCode, @Nullable String description) {
	}

	public record Board(List<DepartmentCounts> departments, List<Escalation> escalations) {
	}

	private final JdbcClient jdbc;

	private final Departments departments;

	SupervisionBoard(JdbcClient jdbc, Departments departments) {
		this.jdbc = jdbc;
		this.departments = departments;
	}

	public Board now(int escalationLimit) {
		Map<String, String> names = departments.names();
		List<DepartmentCounts> counts = jdbc.sql("""
				select department_code, count(*),
				       count(*) filter (where card = 'YELLOW'), count(*) filter (where card = 'RED'),
				       count(*) filter (where due_at < now()), count(*) filter (where supervised),
				       count(*) filter (where exists (select 1 from cases_extension e
				                                      where e.case_id = c.id and e.state = 'REQUESTED'))
				from cases_case c where status in %s
				group by department_code order by 4 desc, 3 desc, 2 desc, 1
				""".formatted(TIMED))
			.query((rs, n) -> new DepartmentCounts(rs.getString(1), names.get(rs.getString(1)), rs.getLong(2),
					rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
			.list();
		List<Escalation> escalations = jdbc.sql("""
				select c.number, x.at, x.department_code, x.leaders, x.due_at, x.reason, c.category_code, c.description
				from cases_escalation x join cases_case c on c.id = x.case_id
				where c.status in %s order by x.at desc, x.id desc limit :limit
				""".formatted(TIMED))
			.param("limit", escalationLimit)
			.query((rs, n) -> new Escalation(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					names.get(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
					rs.getString(7), rs.getString(8)))
			.list();
		return new Board(counts, escalations);
	}
}
