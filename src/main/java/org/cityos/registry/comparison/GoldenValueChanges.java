package org.cityos.registry.comparison;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.cityos.platform.CopyTextRows;
import org.cityos.platform.CopyTextWriter;
import org.cityos.registry.comparison.RecordComparison.Golden;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a comparison's golden values: the stored ones (of every key, or of the keys in
 * registry_scope) are read into memory and only what changed is written: new and changed values
 * with {@code since} now, values whose authority no longer holds one deleted (the history trigger
 * keeps both). Unchanged values keep their {@code since}. Runs in the caller's transaction.
 */
@Repository
class GoldenValueChanges {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	GoldenValueChanges(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Writes the changes and answers how many values were written or deleted. Consumes
	 * {@code golden}: the values found stored unchanged are cleared from it.
	 */
	long write(String registry, RecordComparison comparison, Map<String, Golden> golden, boolean scoped, Instant now) {
		List<SourcePlan> plans = comparison.plans();
		Map<String, Integer> sourceIndex = new HashMap<>();
		for (int s = 0; s < plans.size(); s++) {
			sourceIndex.put(plans.get(s).source(), s);
		}
		jdbc.sql("drop table if exists registry_golden_change").update();
		jdbc.sql("""
				create temp table registry_golden_change (key text collate "C", attribute text, value text, agreeing text[])
				on commit drop""").update();
		// nothing is copied in while the stored values are still being copied out: both use the transaction's
		// one connection (a COPY IN started meanwhile waits for the COPY OUT for ever); changed values stay in
		// golden and are written after it with the new ones, values gone are collected
		List<String> gone = new ArrayList<>();
		long[] written = { 0 };
		long[] storedRows = { 0 };
		CopyTextRows.read(dataSource, "copy (select key, attribute, value, agreeing_sources from registry_golden_value"
				+ " where registry = " + literal(registry) + (scoped ? " and key in (select key from registry_scope)" : "")
				+ ") to stdout", 4, row -> {
					storedRows[0]++;
					int index = comparison.indexOf(row[1]);
					Golden now_ = golden.get(row[0]);
					String value = now_ == null || index < 0 ? null : now_.values()[index];
					if (value == null) {
						gone.add(row[0]);
						gone.add(row[1]);
						written[0]++;
					}
					else if (value.equals(row[2]) && mask(CopyTextRows.arrayElements(row[3]), sourceIndex) == now_.agreeing()[index]) {
						now_.values()[index] = null; // unchanged: not written
					}
				});
		// in key order: the primary key index is then filled (or looked up) page after page, not at random
		List<String> keys = new ArrayList<>();
		golden.forEach((key, values) -> {
			for (String value : values.values()) {
				if (value != null) {
					keys.add(key);
					return;
				}
			}
		});
		keys.sort(null);
		if (!scoped && storedRows[0] == 0) {
			return first(registry, comparison, golden, keys, now);
		}
		CopyTextWriter changes = new CopyTextWriter(dataSource, "copy registry_golden_change from stdin");
		for (int i = 0; i < gone.size(); i += 2) {
			changes.add(gone.get(i)).add(gone.get(i + 1)).add(null).add(null).end();
		}
		for (String key : keys) {
			Golden values = golden.get(key);
			for (int index = 0; index < values.values().length; index++) {
				if (values.values()[index] != null) {
					changes.add(key).add(comparison.attributeAt(index)).add(values.values()[index])
						.array(sources(values.agreeing()[index], plans)).end();
					written[0]++;
				}
			}
		}
		changes.flush();
		if (written[0] == 0) {
			return 0;
		}
		// a temporary table is never analysed by autovacuum: without statistics the planner joins tens of
		// thousands of changes to millions of stored values by nested loops over the whole registry
		jdbc.sql("analyze registry_golden_change").update();
		jdbc.sql("""
				insert into registry_golden_value as g (registry, key, attribute, value, agreeing_sources, since)
				select :r, key, attribute, value, agreeing, :now from registry_golden_change where value is not null
				on conflict (registry, key, attribute) do update
				set value = excluded.value, agreeing_sources = excluded.agreeing_sources, since = excluded.since
				""").param("r", registry).param("now", Timestamp.from(now)).update();
		if (!gone.isEmpty()) {
			jdbc.sql("""
					delete from registry_golden_value g using registry_golden_change c
					where c.value is null and g.registry = :r and g.key = c.key and g.attribute = c.attribute
					""").param("r", registry).update();
		}
		return written[0];
	}

	/**
	 * The registry's first golden values (none stored yet, the comparison holds the registry's
	 * lock): copied straight into the table, no staging table, nothing to merge.
	 */
	private long first(String registry, RecordComparison comparison, Map<String, Golden> golden, List<String> keys,
			Instant now) {
		List<SourcePlan> plans = comparison.plans();
		String since = now.toString();
		CopyTextWriter copy = new CopyTextWriter(dataSource,
				"copy registry_golden_value (registry, key, attribute, value, agreeing_sources, since) from stdin");
		long written = 0;
		for (String key : keys) {
			Golden values = golden.get(key);
			for (int index = 0; index < values.values().length; index++) {
				if (values.values()[index] != null) {
					copy.add(registry).add(key).add(comparison.attributeAt(index))
						.add(values.values()[index]).array(sources(values.agreeing()[index], plans))
						.add(since).end();
					written++;
				}
			}
		}
		copy.flush();
		return written;
	}

	private static long mask(@Nullable String[] sources, Map<String, Integer> index) {
		long mask = 0;
		for (String source : sources) {
			Integer s = source == null ? null : index.get(source);
			if (s == null) {
				return -1; // a source not read any more: changed
			}
			mask |= 1L << s;
		}
		return mask;
	}

	/** The agreeing sources' codes in order (as array_agg(source order by source) wrote them). */
	private static String[] sources(long mask, List<SourcePlan> plans) {
		List<String> codes = new ArrayList<>();
		for (int s = 0; s < plans.size(); s++) {
			if ((mask & 1L << s) != 0) {
				codes.add(plans.get(s).source());
			}
		}
		codes.sort(null);
		return codes.toArray(new String[0]);
	}

	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}
}
