package org.cityos.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.cityos.audit.AuditEntry;
import org.cityos.audit.AuditOutcome;
import org.springframework.jdbc.core.RowMapper;

/** Maps an {@code audit_entry} row. */
public final class AuditEntryRows implements RowMapper<AuditEntry> {

	public static final String COLUMNS = "id, at, actor, role, department_code, action, target, outcome, client_address, detail, seq";

	@Override
	public AuditEntry mapRow(ResultSet rs, int rowNum) throws SQLException {
		long seq = rs.getLong("seq");
		Long sealedSeq = rs.wasNull() ? null : seq;
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("role"), rs.getString("department_code"), rs.getString("action"), rs.getString("target"),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("client_address"), rs.getString("detail"),
				sealedSeq);
	}
}
