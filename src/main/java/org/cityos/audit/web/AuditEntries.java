package org.cityos.audit.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityos.audit.AuditEntry;
import org.cityos.audit.AuditOutcome;
import org.cityos.audit.chain.AuditEntryRows;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Auditors' view of the log: filtered, newest first, paged. */
@Repository
class AuditEntries {

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResult<AuditEntry> search(Filter filter, PageRequest page) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.actor() != null) {
			conditions.add("actor = :actor");
			params.put("actor", filter.actor());
		}
		if (filter.action() != null) {
			// A prefix finds a family of actions: "directory." or "directory.token."
			conditions.add("action like :action");
			params.put("action", filter.action().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.department() != null) {
			conditions.add("department_code = :department");
			params.put("department", filter.department());
		}
		if (filter.target() != null) {
			conditions.add("target = :target");
			params.put("target", filter.target());
		}
		if (filter.outcome() != null) {
			conditions.add("outcome = :outcome");
			params.put("outcome", filter.outcome().name());
		}
		if (filter.from() != null) {
			conditions.add("at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("at < :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> entries = jdbc
			.sql("select " + AuditEntryRows.COLUMNS + " from audit_entry" + where
					+ " order by id desc limit :limit offset :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset())
			.query(new AuditEntryRows()).list();
		return PageResult.of(entries, page, total);
	}

	record Filter(@Nullable String actor, @Nullable String action, @Nullable String department,
			@Nullable String target, @Nullable AuditOutcome outcome, @Nullable Instant from, @Nullable Instant to) {
	}
}
