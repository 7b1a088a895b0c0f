package org.cityos.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 延期申请: at most one waiting per case (a unique index makes sure). */
@Repository
public class Extensions {

	/** One request and its decision. */
	public record Extension(long id, int amount, LimitUnit unit, String reason, String requestedBy, Instant requestedAt,
			String state, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote) {
	}

	private final JdbcClient jdbc;

	Extensions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void request(long caseId, int amount, LimitUnit unit, String reason, String by, Instant at) {
		jdbc.sql("""
				insert into cases_extension (case_id, amount, unit, reason, requested_by, requested_at, state)
				values (:caseId, :amount, :unit, :reason, :by, :at, 'REQUESTED')
				""").param("caseId", caseId).param("amount", amount).param("unit", unit.name()).param("reason", reason)
			.param("by", by).param("at", Cases.ts(at)).update();
	}

	public Optional<Extension> pending(long caseId) {
		return list(caseId).stream().filter(e -> e.state().equals("REQUESTED")).findFirst();
	}

	void decide(long id, boolean approved, String by, @Nullable String note, Instant at) {
		jdbc.sql("""
				update cases_extension set state = :state, decided_by = :by, decided_at = :at, decision_note = :note
				where id = :id and state = 'REQUESTED'
				""").param("id", id).param("state", approved ? "APPROVED" : "REFUSED").param("by", by)
			.param("at", Cases.ts(at)).param("note", note).update();
	}

	public List<Extension> list(long caseId) {
		return jdbc.sql("""
				select id, amount, unit, reason, requested_by, requested_at, state, decided_by, decided_at, decision_note
				from cases_extension where case_id = :caseId order by id
				""").param("caseId", caseId).query((rs, n) -> new Extension(rs.getLong(1), rs.getInt(2),
				LimitUnit.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
				rs.getString(7), rs.getString(8), Cases.instant(rs, "decided_at"), rs.getString(10))).list();
	}
}
