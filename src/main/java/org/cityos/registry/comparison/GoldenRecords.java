package org.cityos.registry.comparison;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private final StoredRecords stored;

	GoldenRecords(JdbcClient jdbc, StoredRecords stored) {
		this.jdbc = jdbc;
		this.stored = stored;
	}

	/** Per providing department: its values where it is not the authority, and how many agree with the golden value. */
	public record ProviderConsistency(String providerCode, long values, long agreeing) {
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

	/** Each source's values of the key (the key itself too: one row per source holding it). */
	public List<SourceValue> sourcesOf(String registry, String key) {
		String keyAttribute = jdbc.sql("select key_attribute from registry_definition where name = :r").param("r", registry)
			.query(String.class).optional().orElse("");
		List<SourceValue> values = new ArrayList<>();
		for (StoredRecords.Held held : stored.heldOf(registry, key)) {
			values.add(new SourceValue(keyAttribute, held.source(), held.providerCode(), held.keyAuthority(), key,
					held.deliveredAt()));
			for (int i = 0; i < held.attributes().length && i < held.raw().length; i++) {
				if (held.raw()[i] != null) {
					values.add(new SourceValue(held.attributes()[i], held.source(), held.providerCode(),
							held.authoritative()[i], held.raw()[i], held.deliveredAt()));
				}
			}
		}
		values.sort(Comparator.comparing(SourceValue::attribute).thenComparing(v -> !v.authoritative())
			.thenComparing(SourceValue::source));
		return values;
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
		return stored.providedBy(registry, key, departmentCode);
	}

	/**
	 * Consistency per providing department over every registry: its values where it is not the
	 * authority (the key counts too: a key the authority lacks has no golden value, so it
	 * disagrees) and those among the agreeing sources of the golden value.
	 */
	public List<ProviderConsistency> consistency() {
		Map<String, Long> values = stored.nonAuthoritativeValues();
		Map<String, Map<String, String>> providers = stored.nonAuthoritativeProviders();
		Map<String, Long> agreeing = new HashMap<>();
		jdbc.sql("""
				select registry, attribute, source, count(*) from registry_golden_value, unnest(agreeing_sources) as source
				group by registry, attribute, source
				""").query(rs -> {
			String provider = providers.getOrDefault(rs.getString(1), Map.of())
				.get(rs.getString(3) + '\u0001' + rs.getString(2));
			if (provider != null) {
				agreeing.merge(provider, rs.getLong(4), Long::sum);
			}
		});
		return values.entrySet().stream()
			.map(e -> new ProviderConsistency(e.getKey(), e.getValue(), agreeing.getOrDefault(e.getKey(), 0L)))
			.toList();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static List<String> sources(Array array) throws java.sql.SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
