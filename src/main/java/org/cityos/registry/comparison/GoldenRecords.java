package org.cityos.registry.comparison;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 黄金记录: per key the authoritative value of each attribute, with the sources that agree since
 * when, each source's own value, and the history of changed values.
 */
@Repository
public class GoldenRecords {

	private final JdbcClient jdbc;

	GoldenRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record GoldenValue(String attribute, String value, List<String> agreeingSources, Instant since) {
	}

	/** What one source holds for the key: {@code value} as delivered. */
	public record SourceValue(String attribute, String source, String providerCode, boolean authoritative, String value,
			Instant deliveredAt) {
	}

	/** A golden value that changed ({@code newValue} null: it went away). */
	public record Change(String attribute, String oldValue, @Nullable String newValue, Instant changedAt) {
	}

	public List<GoldenValue> of(String registry, String key) {
		return jdbc.sql("""
				select attribute, value, agreeing_sources, since from registry_golden_value
				where registry = :r and key = :key order by attribute
				""").param("r", registry).param("key", key)
			.query((rs, row) -> new GoldenValue(rs.getString("attribute"), rs.getString("value"),
					sources(rs.getArray("agreeing_sources")), rs.getTimestamp("since").toInstant()))
			.list();
	}

	public List<SourceValue> sourcesOf(String registry, String key) {
		return jdbc.sql("""
				select attribute, source, provider_code, authoritative, value_raw, delivered_at from registry_source_value
				where registry = :r and key = :key order by attribute, authoritative desc, source
				""").param("r", registry).param("key", key)
			.query((rs, row) -> new SourceValue(rs.getString("attribute"), rs.getString("source"),
					rs.getString("provider_code"), rs.getBoolean("authoritative"), rs.getString("value_raw"),
					rs.getTimestamp("delivered_at").toInstant()))
			.list();
	}

	public List<Change> historyOf(String registry, String key) {
		return jdbc.sql("""
				select attribute, old_value, new_value, changed_at from registry_golden_history
				where registry = :r and key = :key order by changed_at desc, attribute limit 200
				""").param("r", registry).param("key", key)
			.query((rs, row) -> new Change(rs.getString("attribute"), rs.getString("old_value"), rs.getString("new_value"),
					instant(rs.getTimestamp("changed_at"))))
			.list();
	}

	/** Whether the department provides any value of the key: a steward may then look it up. */
	public boolean providedBy(String registry, String key, String departmentCode) {
		return jdbc.sql("""
				select exists (select 1 from registry_source_value
				               where registry = :r and key = :key and provider_code = :department)
				""").param("r", registry).param("key", key).param("department", departmentCode).query(Boolean.class)
			.single();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static List<String> sources(Array array) throws java.sql.SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
