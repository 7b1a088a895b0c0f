package org.cityos.registry.comparison;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.cityos.platform.CopyTextRows;
import org.cityos.platform.CopyTextWriter;
import org.cityos.registry.ValueKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sources' records as the registry last read them: per registry and source one table
 * ({@code registry_source_<n>}, listed in registry_source_table) with one row per key, its values
 * as delivered in the order of the source's attributes. A full comparison writes fresh tables by
 * COPY (on a thread of their own, committed each on its own), builds their key index after the
 * load and swaps them in within the comparison's transaction (the old tables are retired and
 * dropped by the next full comparison, so that a reader that just looked a name up never finds it
 * gone); an incremental comparison replaces the rows of the keys it read. Runs in the caller's
 * transaction.
 */
@Repository
class StoredRecords {

	private static final String SCOPE = " where key in (select key from registry_scope)";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	StoredRecords(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** What one source holds for one key, for the golden record page. */
	record Held(String source, String providerCode, boolean keyAuthority, String[] attributes, boolean[] authoritative,
			@Nullable String[] raw, Instant deliveredAt) {
	}

	/** A source's table as listed. */
	private record Listed(String source, String table, String provider, String[] attributes, boolean[] authoritative,
			boolean keyAuthority, @Nullable String contentVersion) {
	}

	/**
	 * Whether the source's stored table holds what a full read of the catalog's content version
	 * {@code contentVersion} gives, for the same plan: then a full comparison keeps it.
	 */
	boolean current(String registry, SourcePlan plan, String provider, String contentVersion) {
		Listed listed = listed(registry, plan.source());
		return listed != null && contentVersion.equals(listed.contentVersion()) && provider.equals(listed.provider())
				&& Arrays.equals(listed.attributes(), plan.attributeNames())
				&& Arrays.equals(listed.authoritative(), plan.authoritative()) && listed.keyAuthority() == plan.keyAuthority();
	}

	/**
	 * Drops the registry's tables retired by its earlier full comparisons (only its own: another
	 * registry's comparison may be writing fresh tables right now, listed as retired till swapped in).
	 */
	void dropRetired(String registry) {
		for (String table : jdbc.sql("delete from registry_source_table_retired where registry = :r returning table_name")
			.param("r", registry).query(String.class).list()) {
			jdbc.sql("drop table if exists " + table).update();
		}
	}

	/**
	 * A fresh, unindexed, unlisted table for a source's records; {@link Fresh#finish()} indexes it.
	 * Listed as retired until {@link #swapIn} lists it as the source's table: a full comparison
	 * writes fresh tables on a thread of their own, outside its transaction (each table committed
	 * before the swap is), and a table whose comparison failed is dropped by the next one.
	 */
	Fresh fresh(String registry, SourcePlan plan, String provider, String contentVersion) {
		String table = create();
		retire(registry, table);
		return new Fresh(registry, plan, provider, contentVersion, table, new CopyTextWriter(dataSource,
				"copy " + table + " (key, delivered_at, raw) from stdin"));
	}

	private String create() {
		String table = "registry_source_" + jdbc.sql("select nextval('registry_source_table_number')").query(Long.class)
			.single();
		jdbc.sql("create table " + table
				+ " (key text collate \"C\" not null, delivered_at timestamptz not null, raw text[] not null)").update();
		return table;
	}

	/** The records of one source, written into a fresh table. */
	final class Fresh {

		final String registry;

		final SourcePlan plan;

		final String provider;

		final String contentVersion;

		final String table;

		private final CopyTextWriter copy;

		private Fresh(String registry, SourcePlan plan, String provider, String contentVersion, String table,
				CopyTextWriter copy) {
			this.registry = registry;
			this.plan = plan;
			this.provider = provider;
			this.contentVersion = contentVersion;
			this.table = table;
			this.copy = copy;
		}

		void write(SourceRecord record) {
			copy.add(record.key).add(record.deliveredAt).array(record.raw).end();
		}

		/** Copies the rest and builds the key index (sorted, in one go). */
		void finish() {
			copy.flush();
			jdbc.sql("create index on " + table + " (key)").update();
			jdbc.sql("analyze " + table).update();
		}
	}

	/**
	 * Makes the fresh tables the registry's source tables; the tables they replace, and those of
	 * sources no longer read (neither fresh nor {@code unchanged}), are retired. Locks the list
	 * rows till commit.
	 */
	void swapIn(String registry, List<Fresh> tables, Set<String> unchanged) {
		Set<String> kept = new HashSet<>(unchanged);
		for (Fresh fresh : tables) {
			kept.add(fresh.plan.source());
			String old = jdbc.sql("select table_name from registry_source_table where registry = :r and source = :s for update")
				.param("r", registry).param("s", fresh.plan.source()).query(String.class).optional().orElse(null);
			if (old != null) {
				retire(registry, old);
			}
			jdbc.sql("delete from registry_source_table_retired where table_name = :t").param("t", fresh.table).update();
			list(registry, fresh.plan, fresh.provider, fresh.table, fresh.contentVersion);
		}
		for (Listed listed : listed(registry)) {
			if (!kept.contains(listed.source())) {
				retire(registry, listed.table());
				jdbc.sql("delete from registry_source_table where registry = :r and source = :s").param("r", registry)
					.param("s", listed.source()).update();
			}
		}
	}

	private void retire(String registry, String table) {
		jdbc.sql("insert into registry_source_table_retired values (:t, :r, now()) on conflict do nothing").param("t", table)
			.param("r", registry)
			.update();
	}

	private void list(String registry, SourcePlan plan, String provider, String table, @Nullable String contentVersion) {
		jdbc.sql("""
				insert into registry_source_table (registry, source, table_name, provider_code, attributes, authoritative,
				    key_authority, content_version)
				values (:r, :s, :t, :p, cast(:attributes as text[]), cast(:authoritative as boolean[]), :keyAuthority, :version)
				on conflict (registry, source) do update set table_name = excluded.table_name,
				    provider_code = excluded.provider_code, attributes = excluded.attributes,
				    authoritative = excluded.authoritative, key_authority = excluded.key_authority,
				    content_version = excluded.content_version
				""").param("r", registry).param("s", plan.source()).param("t", table).param("p", provider)
			.param("version", contentVersion)
			.param("attributes", textArray(plan.attributeNames())).param("authoritative", booleanArray(plan.authoritative()))
			.param("keyAuthority", plan.keyAuthority()).update();
	}

	/**
	 * The stored records of the keys in registry_scope (a temporary table of the caller), mapped
	 * onto the plan's value order (a listed table written under another definition is mapped by
	 * attribute name).
	 */
	Map<String, SourceRecord> recordsOfScope(String registry, SourcePlan plan) {
		Listed listed = listed(registry, plan.source());
		Map<String, SourceRecord> records = new HashMap<>();
		if (listed == null) {
			return records;
		}
		int[] from = new int[plan.positions()];
		for (int i = 0; i < from.length; i++) {
			from[i] = Arrays.asList(listed.attributes()).indexOf(plan.attributeNames()[i]);
		}
		CopyTextRows.read(dataSource, "copy (select key, delivered_at, raw from " + listed.table() + SCOPE + ") to stdout", 3,
				row -> {
					String[] stored = CopyTextRows.arrayElements(row[2]);
					String[] raw = new String[from.length];
					String[] normalised = new String[from.length];
					for (int i = 0; i < from.length; i++) {
						String value = from[i] < 0 || from[i] >= stored.length ? null : stored[from[i]];
						String normal = Normalisation.normalise(value, plan.kinds()[i]);
						if (normal != null) {
							raw[i] = value;
							normalised[i] = normal;
						}
					}
					records.merge(row[0], new SourceRecord(row[0], raw, normalised, row[1]), SourceRecord::merge);
				});
		return records;
	}

	/** Replaces the stored records of the keys in registry_scope of the source by {@code records}. */
	void replaceScope(String registry, SourcePlan plan, String provider, Iterable<SourceRecord> records) {
		Listed listed = listed(registry, plan.source());
		String table;
		if (listed == null) {
			table = create();
			jdbc.sql("create index on " + table + " (key)").update();
			list(registry, plan, provider, table, null);
		}
		else {
			table = listed.table();
			if (!Arrays.equals(listed.attributes(), plan.attributeNames())) {
				// written under another definition: the next full comparison rewrites it whole
				jdbc.sql("delete from " + table).update();
			}
			// changed by keys: the next full comparison writes it whole again
			list(registry, plan, provider, table, null);
		}
		jdbc.sql("delete from " + table + SCOPE).update();
		CopyTextWriter copy = new CopyTextWriter(dataSource, "copy " + table + " (key, delivered_at, raw) from stdin");
		records.forEach(r -> copy.add(r.key).add(r.deliveredAt).array(r.raw).end());
		copy.flush();
	}

	/** Every source's record of one key. */
	List<Held> heldOf(String registry, String key) {
		List<Held> held = new ArrayList<>();
		for (Listed listed : listed(registry)) {
			jdbc.sql("select delivered_at, raw from " + listed.table() + " where key = :key").param("key", key)
				.query(rs -> {
					held.add(new Held(listed.source(), listed.provider(), listed.keyAuthority(), listed.attributes(),
							listed.authoritative(), (String[]) rs.getArray("raw").getArray(),
							rs.getTimestamp("delivered_at").toInstant()));
				});
		}
		return held;
	}

	/** Whether one of the department's sources holds the key. */
	boolean providedBy(String registry, String key, String departmentCode) {
		for (Listed listed : listed(registry)) {
			if (listed.provider().equals(departmentCode) && jdbc
				.sql("select exists (select 1 from " + listed.table() + " where key = :key)").param("key", key)
				.query(Boolean.class).single()) {
				return true;
			}
		}
		return false;
	}

	/** The normalised value a source holds for the key's attribute. */
	@Nullable String normalisedValue(String registry, String key, String attribute, ValueKind kind, String source,
			boolean keyAttribute) {
		Listed listed = listed(registry, source);
		if (listed == null) {
			return null;
		}
		int position = Arrays.asList(listed.attributes()).indexOf(attribute);
		if (position < 0 && !keyAttribute) {
			return null;
		}
		List<String[]> rows = jdbc.sql("select raw from " + listed.table() + " where key = :key").param("key", key)
			.query((rs, row) -> (String[]) rs.getArray("raw").getArray()).list();
		String best = null;
		for (String[] raw : rows) {
			String value = position < 0 ? key : position < raw.length ? Normalisation.normalise(raw[position], kind) : null;
			if (value != null && (best == null || value.compareTo(best) < 0)) {
				best = value;
			}
		}
		return best;
	}

	/**
	 * Per providing department the number of values its sources hold where they are not the
	 * authority (the key counts as a value of every source but the key resource).
	 */
	Map<String, Long> nonAuthoritativeValues() {
		Map<String, Long> counts = new HashMap<>();
		for (String registry : jdbc.sql("select distinct registry from registry_source_table").query(String.class).list()) {
			for (Listed listed : listed(registry)) {
				StringBuilder sql = new StringBuilder("select count(*)");
				for (int i = 0; i < listed.attributes().length; i++) {
					sql.append(", count(raw[").append(i + 1).append("])");
				}
				List<Long> columns = jdbc.sql(sql.append(" from ").append(listed.table()).toString()).query(rs -> {
					rs.next();
					List<Long> values = new ArrayList<>();
					for (int i = 1; i <= listed.attributes().length + 1; i++) {
						values.add(rs.getLong(i));
					}
					return values;
				});
				long count = listed.keyAuthority() ? 0 : columns.get(0);
				for (int i = 0; i < listed.attributes().length; i++) {
					if (!listed.authoritative()[i]) {
						count += columns.get(i + 1);
					}
				}
				counts.merge(listed.provider(), count, Long::sum);
			}
		}
		return counts;
	}

	/** Per registry the (source, attribute) pairs a source holds without being their authority, with its provider. */
	Map<String, Map<String, String>> nonAuthoritativeProviders() {
		Map<String, Map<String, String>> pairs = new HashMap<>();
		for (String registry : jdbc.sql("select distinct registry from registry_source_table").query(String.class).list()) {
			String keyAttribute = jdbc.sql("select key_attribute from registry_definition where name = :r").param("r", registry)
				.query(String.class).optional().orElse("");
			Map<String, String> ofRegistry = pairs.computeIfAbsent(registry, r -> new HashMap<>());
			for (Listed listed : listed(registry)) {
				if (!listed.keyAuthority()) {
					ofRegistry.put(listed.source() + '\u0001' + keyAttribute, listed.provider());
				}
				for (int i = 0; i < listed.attributes().length; i++) {
					if (!listed.authoritative()[i]) {
						ofRegistry.put(listed.source() + '\u0001' + listed.attributes()[i], listed.provider());
					}
				}
			}
		}
		return pairs;
	}

	private @Nullable Listed listed(String registry, String source) {
		return listed(registry).stream().filter(l -> l.source().equals(source)).findFirst().orElse(null);
	}

	private List<Listed> listed(String registry) {
		return jdbc.sql("""
				select source, table_name, provider_code, attributes, authoritative, key_authority, content_version
				from registry_source_table where registry = :r order by source
				""").param("r", registry)
			.query((rs, row) -> new Listed(rs.getString("source"), rs.getString("table_name"), rs.getString("provider_code"),
					strings(rs.getArray("attributes")), booleans(rs.getArray("authoritative")), rs.getBoolean("key_authority"),
					rs.getString("content_version")))
			.list();
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	private static boolean[] booleans(Array array) throws SQLException {
		Boolean[] values = (Boolean[]) array.getArray();
		boolean[] out = new boolean[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[i];
		}
		return out;
	}

	private static String textArray(String[] values) {
		StringBuilder out = new StringBuilder("{");
		for (String value : values) {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return out.append('}').toString();
	}

	private static String booleanArray(boolean[] values) {
		StringBuilder out = new StringBuilder("{");
		for (int i = 0; i < values.length; i++) {
			out.append(i > 0 ? "," : "").append(values[i]);
		}
		return out.append('}').toString();
	}
}
