package org.cityos.registry.comparison;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.cityos.registry.DiscrepancyClosed;
import org.cityos.registry.DiscrepancyFound;
import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.RegistryDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 比对, set-based in SQL over registry_source_value: of every key and attribute in scope (all
 * keys, or those in registry_scope) the authoritative value becomes the golden value with the
 * sources that agree with it; each source that disagrees, holds a key the key resource lacks,
 * or holds a person 卫健委 recorded dead, gets a live discrepancy; live discrepancies in scope
 * that were not found again are closed. A disagreement arbitration found the provider right
 * about is not raised again while the values stay the same; the authority's AUTHORITY_WRONG item
 * closes once its source holds the expected value. Runs in the caller's transaction.
 */
@Component
class Comparison {

	private final JdbcClient jdbc;

	Comparison(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code goldenValues}: golden values written or changed (unchanged ones keep their {@code since}). */
	record Outcome(long goldenValues, List<DiscrepancyFound> found, List<DiscrepancyClosed> closed) {
	}

	Outcome compare(RegistryDefinition registry, boolean scoped, Instant now, Instant due) {
		String scope = scoped ? " and v.key in (select key from registry_scope)" : "";
		Timestamp at = Timestamp.from(now);
		jdbc.sql("drop table if exists registry_verdict").update();
		jdbc.sql("""
				create temp table registry_verdict on commit drop as
				select v.key, v.attribute, v.source, v.provider_code, v.authoritative, v.value_normalised, v.value_raw,
				       a.value_normalised as authority_value
				from registry_source_value v
				left join registry_source_value a
				       on a.registry = v.registry and a.attribute = v.attribute and a.key = v.key and a.authoritative
				where v.registry = :r""" + scope).param("r", registry.name()).update();
		long golden = jdbc.sql("""
				insert into registry_golden_value as g (registry, key, attribute, value, agreeing_sources, since)
				select :r, key, attribute, authority_value,
				       array_agg(source order by source) filter (where value_normalised = authority_value), :now
				from registry_verdict where authority_value is not null
				group by key, attribute, authority_value
				on conflict (registry, key, attribute) do update
				set value = excluded.value, agreeing_sources = excluded.agreeing_sources, since = excluded.since
				where g.value <> excluded.value or g.agreeing_sources <> excluded.agreeing_sources
				""").param("r", registry.name()).param("now", at).update();
		jdbc.sql("delete from registry_golden_value v where v.registry = :r" + scope + """
				 and not exists (select 1 from registry_verdict a
				                 where a.key = v.key and a.attribute = v.attribute and a.authoritative)
				""").param("r", registry.name()).update();
		findings(registry);
		List<DiscrepancyFound> found = jdbc.sql("""
				insert into registry_discrepancy as d (id, registry, key, attribute, kind, source, provider_code, source_values,
				    authoritative_value, state, found_at, due_at)
				select gen_random_uuid(), :r, key, attribute, kind, source, provider_code, source_values, authoritative_value,
				       'OPEN', :now, :due
				from registry_finding f
				where not exists (select 1 from registry_discrepancy r
				                  where r.registry = :r and r.state = 'RESOLVED' and r.resolution = 'PROVIDER_CORRECT'
				                    and r.key = f.key and r.attribute = f.attribute and r.kind = f.kind and r.source = f.source
				                    and r.authoritative_value is not distinct from f.authoritative_value
				                    and r.source_values ->> r.source is not distinct from f.source_values ->> f.source)
				on conflict (registry, key, attribute, kind, source) where state in ('OPEN', 'CONFIRMED', 'DISPUTED')
				do update set source_values = excluded.source_values, authoritative_value = excluded.authoritative_value,
				    provider_code = excluded.provider_code
				returning d.id, d.key, d.attribute, d.kind, d.provider_code, (xmax = 0) as inserted
				""").param("r", registry.name()).param("now", at).param("due", Timestamp.from(due))
			.query((rs, row) -> rs.getBoolean("inserted") ? new DiscrepancyFound(rs.getObject("id", UUID.class),
					registry.name(), rs.getString("key"), rs.getString("attribute"),
					DiscrepancyKind.valueOf(rs.getString("kind")), rs.getString("provider_code"), now) : null)
			.list().stream().filter(java.util.Objects::nonNull).toList();
		List<DiscrepancyClosed> closed = jdbc.sql("update registry_discrepancy v set state = 'CLOSED', closed_at = :now"
				+ " where v.registry = :r and v.state in ('OPEN', 'CONFIRMED', 'DISPUTED') and v.kind <> 'AUTHORITY_WRONG'"
				+ scope + """
				 and not exists (select 1 from registry_finding f
				                 where f.key = v.key and f.attribute = v.attribute and f.kind = v.kind and f.source = v.source)
				returning v.id, v.provider_code
				""").param("r", registry.name()).param("now", at)
			.query((rs, row) -> new DiscrepancyClosed(rs.getObject("id", UUID.class), registry.name(),
					rs.getString("provider_code"), now))
			.list();
		List<DiscrepancyClosed> corrected = jdbc.sql("update registry_discrepancy v set state = 'CLOSED', closed_at = :now"
				+ " where v.registry = :r and v.state in ('OPEN', 'CONFIRMED', 'DISPUTED') and v.kind = 'AUTHORITY_WRONG'"
				+ scope + """
				 and case when v.expected_value is null
				          then not exists (select 1 from registry_verdict a
				                           where a.key = v.key and a.attribute = v.attribute and a.authoritative)
				          else exists (select 1 from registry_verdict a
				                       where a.key = v.key and a.attribute = v.attribute and a.authoritative
				                         and a.value_normalised = v.expected_value) end
				returning v.id, v.provider_code
				""").param("r", registry.name()).param("now", at)
			.query((rs, row) -> new DiscrepancyClosed(rs.getObject("id", UUID.class), registry.name(),
					rs.getString("provider_code"), now))
			.list();
		return new Outcome(golden, found, concatenate(closed, corrected));
	}

	private static <T> List<T> concatenate(List<T> first, List<T> second) {
		return second.isEmpty() ? first : Stream.concat(first.stream(), second.stream()).toList();
	}

	/** What disagrees now, one row per key, attribute, kind and source (registry_finding). */
	private void findings(RegistryDefinition registry) {
		jdbc.sql("drop table if exists registry_finding").update();
		jdbc.sql("""
				create temp table registry_finding on commit drop as
				with per_attribute as (
				    select key, attribute, jsonb_object_agg(source, value_raw) as source_values
				    from registry_verdict where attribute <> :keyAttribute group by key, attribute)
				select v.key, v.attribute, 'VALUE_CONFLICT' as kind, v.source, v.provider_code, p.source_values,
				       v.authority_value as authoritative_value
				from registry_verdict v join per_attribute p using (key, attribute)
				where not v.authoritative and v.authority_value is not null and v.value_normalised <> v.authority_value
				  and v.attribute <> :keyAttribute
				union all
				select v.key, v.attribute, 'MISSING_FROM_AUTHORITY', v.source, v.provider_code,
				       jsonb_build_object(v.source, v.value_raw), null
				from registry_verdict v
				where v.attribute = :keyAttribute and not v.authoritative and v.authority_value is null
				union all
				select v.key, d.attribute, 'DEAD_BUT_ALIVE_ELSEWHERE', v.source, v.provider_code,
				       jsonb_build_object(d.source, d.value_raw, v.source, v.value_raw), d.value_normalised
				from registry_verdict d
				join registry_verdict v on v.key = d.key and v.attribute = :keyAttribute and v.source <> d.source
				where d.attribute = :deathAttribute and d.authoritative
				""").param("keyAttribute", registry.keyAttribute())
			.param("deathAttribute", registry.deathAttribute() == null ? "" : registry.deathAttribute()).update();
	}
}
