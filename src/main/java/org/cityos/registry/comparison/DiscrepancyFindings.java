package org.cityos.registry.comparison;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.cityos.platform.CopyTextRows;
import org.cityos.platform.CopyTextWriter;
import org.cityos.registry.DiscrepancyClosed;
import org.cityos.registry.DiscrepancyFound;
import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.comparison.RecordComparison.Finding;
import org.cityos.registry.comparison.RecordComparison.Golden;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Turns a comparison's findings into discrepancies, writing only what changed: the live
 * discrepancies in scope (every key, or the keys in registry_scope) are read into memory; a
 * finding that is live already updates it when its values changed (never a duplicate), a new one
 * is inserted OPEN and due on {@code due} unless arbitration found the provider right about the
 * same values; a live one not found again is CLOSED. The authority's AUTHORITY_WRONG item
 * closes once the authority holds the expected value (none, when none is expected). Runs in the
 * caller's transaction.
 */
@Repository
class DiscrepancyFindings {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	DiscrepancyFindings(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	record Written(List<DiscrepancyFound> found, List<DiscrepancyClosed> closed) {
	}

	private record Live(UUID id, String key, String attribute, DiscrepancyKind kind, String providerCode,
			String sourceValues, @Nullable String authoritativeValue, @Nullable String expectedValue) {
	}

	/** {@code providers}: the providing department of each source read. */
	Written write(String registry, RecordComparison comparison, Map<String, String> providers, List<Finding> findings,
			Map<String, Golden> golden, boolean scoped, Instant now, Instant due) {
		String scope = scoped ? " and key in (select key from registry_scope)" : "";
		Map<String, Live> live = new HashMap<>();
		CopyTextRows.read(dataSource, "copy (select id, key, attribute, kind, source, provider_code, source_values::text,"
				+ " authoritative_value, expected_value from registry_discrepancy where registry = "
				+ GoldenValueChanges.literal(registry) + " and state in ('OPEN', 'CONFIRMED', 'DISPUTED')" + scope
				+ ") to stdout", 9, row -> live.put(identity(row[1], row[2], row[3], row[4]), new Live(UUID.fromString(row[0]),
						row[1], row[2], DiscrepancyKind.valueOf(row[3]), row[5], row[6], row[7], row[8])));
		Set<String> upheld = new HashSet<>(jdbc.sql("""
				select key, attribute, kind, source, authoritative_value, source_values ->> source as own
				from registry_discrepancy
				where registry = :r and state = 'RESOLVED' and resolution = 'PROVIDER_CORRECT'""" + scope)
			.param("r", registry)
			.query((rs, row) -> identity(rs.getString("key"), rs.getString("attribute"), rs.getString("kind"),
					rs.getString("source")) + '\u0001' + rs.getString("authoritative_value") + '\u0001' + rs.getString("own"))
			.list());
		List<SourcePlan> plans = comparison.plans();
		jdbc.sql("drop table if exists registry_finding_new").update();
		jdbc.sql("""
				create temp table registry_finding_new (key text collate "C", attribute text, kind text, source text,
				    provider_code text, source_values jsonb, authoritative_value text) on commit drop""").update();
		jdbc.sql("drop table if exists registry_finding_change").update();
		jdbc.sql("""
				create temp table registry_finding_change (id uuid, provider_code text, source_values jsonb,
				    authoritative_value text) on commit drop""").update();
		CopyTextWriter inserts = new CopyTextWriter(dataSource, "copy registry_finding_new from stdin");
		CopyTextWriter updates = new CopyTextWriter(dataSource, "copy registry_finding_change from stdin");
		int newOnes = 0;
		int changed = 0;
		for (Finding finding : findings) {
			SourcePlan plan = plans.get(finding.source());
			String identity = identity(finding.key(), finding.attribute(), finding.kind().name(), plan.source());
			Live item = live.remove(identity);
			String provider = providers.get(plan.source());
			if (item != null) {
				if (!item.providerCode().equals(provider) || !item.sourceValues().equals(finding.sourceValues())
						|| !Objects.equals(item.authoritativeValue(), finding.authoritativeValue())) {
					updates.add(item.id().toString()).add(provider).add(finding.sourceValues())
						.add(finding.authoritativeValue()).end();
					changed++;
				}
			}
			else if (!upheld.contains(identity + '\u0001' + finding.authoritativeValue() + '\u0001' + finding.ownValue())) {
				inserts.add(finding.key()).add(finding.attribute()).add(finding.kind().name())
					.add(plan.source()).add(provider).add(finding.sourceValues())
					.add(finding.authoritativeValue()).end();
				newOnes++;
			}
		}
		inserts.flush();
		updates.flush();
		Timestamp at = Timestamp.from(now);
		List<DiscrepancyFound> found = newOnes == 0 ? List.of() : jdbc.sql("""
				insert into registry_discrepancy as d (id, registry, key, attribute, kind, source, provider_code, source_values,
				    authoritative_value, state, found_at, due_at)
				select gen_random_uuid(), :r, key, attribute, kind, source, provider_code, source_values, authoritative_value,
				       'OPEN', :now, :due
				from registry_finding_new
				on conflict (registry, key, attribute, kind, source) where state in ('OPEN', 'CONFIRMED', 'DISPUTED')
				do nothing
				returning d.id, d.key, d.attribute, d.kind, d.provider_code
				""").param("r", registry).param("now", at).param("due", Timestamp.from(due))
			.query((rs, row) -> new DiscrepancyFound(rs.getObject("id", UUID.class), registry, rs.getString("key"),
					rs.getString("attribute"), DiscrepancyKind.valueOf(rs.getString("kind")), rs.getString("provider_code"), now))
			.list();
		if (changed > 0) {
			jdbc.sql("analyze registry_finding_change").update(); // temporary: no statistics unless asked for
			jdbc.sql("""
					update registry_discrepancy d
					set provider_code = c.provider_code, source_values = c.source_values,
					    authoritative_value = c.authoritative_value
					from registry_finding_change c where d.id = c.id
					""").update();
		}
		List<UUID> gone = new ArrayList<>();
		for (Live item : live.values()) {
			if (item.kind() != DiscrepancyKind.AUTHORITY_WRONG || corrected(item, comparison, golden)) {
				gone.add(item.id());
			}
		}
		return new Written(found, close(registry, gone, now));
	}

	/** Whether the authority now holds what arbitration expects of it. */
	private static boolean corrected(Live item, RecordComparison comparison, Map<String, Golden> golden) {
		int index = comparison.indexOf(item.attribute());
		Golden values = golden.get(item.key());
		String authority = values == null || index < 0 ? null : values.values()[index];
		return Objects.equals(authority, item.expectedValue());
	}

	private List<DiscrepancyClosed> close(String registry, List<UUID> ids, Instant now) {
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("drop table if exists registry_finding_gone").update();
		jdbc.sql("create temp table registry_finding_gone (id uuid) on commit drop").update();
		CopyTextWriter copy = new CopyTextWriter(dataSource, "copy registry_finding_gone from stdin");
		ids.forEach(id -> copy.add(id.toString()).end());
		copy.flush();
		jdbc.sql("analyze registry_finding_gone").update();
		return jdbc.sql("""
				update registry_discrepancy v set state = 'CLOSED', closed_at = :now
				where v.id in (select id from registry_finding_gone) and v.state in ('OPEN', 'CONFIRMED', 'DISPUTED')
				returning v.id, v.provider_code
				""").param("now", Timestamp.from(now))
			.query((rs, row) -> new DiscrepancyClosed(rs.getObject("id", UUID.class), registry,
					rs.getString("provider_code"), now))
			.list();
	}

	private static String identity(String key, String attribute, String kind, String source) {
		return key + '\u0001' + attribute + '\u0001' + kind + '\u0001' + source;
	}
}
