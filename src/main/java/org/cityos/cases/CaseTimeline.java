package org.cityos.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of each case: one row per transition, with who, when and why. Append-only. */
@Repository
public class CaseTimeline {

	private final JdbcClient jdbc;

	CaseTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One step of a case's history. {@code action} is a verb's path or a system action (received, overdue, ...). */
	public record Entry(Instant at, String actor, @Nullable String role, String action, @Nullable CaseStatus from,
			@Nullable CaseStatus to, @Nullable String departmentCode, @Nullable String note) {
	}

	void append(long caseId, Entry entry) {
		jdbc.sql("""
				insert into cases_event (case_id, at, actor, role, action, from_status, to_status, department_code, note)
				values (:caseId, :at, :actor, :role, :action, :from, :to, :department, :note)
				""").param("caseId", caseId).param("at", Cases.ts(entry.at())).param("actor", entry.actor())
			.param("role", entry.role()).param("action", entry.action())
			.param("from", entry.from() == null ? null : entry.from().name())
			.param("to", entry.to() == null ? null : entry.to().name()).param("department", entry.departmentCode())
			.param("note", entry.note()).update();
	}

	public List<Entry> of(long caseId) {
		return jdbc.sql("""
				select at, actor, role, action, from_status, to_status, department_code, note
				from cases_event where case_id = :caseId order by id
				""").param("caseId", caseId).query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(),
				rs.getString("actor"), rs.getString("role"), rs.getString("action"), status(rs.getString("from_status")),
				status(rs.getString("to_status")), rs.getString("department_code"), rs.getString("note")))
			.list();
	}

	private static @Nullable CaseStatus status(@Nullable String name) {
		return name == null ? null : CaseStatus.valueOf(name);
	}
}
