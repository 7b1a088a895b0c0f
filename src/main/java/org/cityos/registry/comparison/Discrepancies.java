package org.cityos.registry.comparison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.DiscrepancyState;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.ValueKind;
import org.cityos.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 差异: the discrepancies comparisons found, as work items of the providing departments. */
@Repository
public class Discrepancies {

	private static final String COLUMNS = """
			select id, registry, key, attribute, kind, source, provider_code, source_values::text as source_values,
			       authoritative_value, state, found_at, due_at, closed_at, evidence, resolution, answered_at,
			       state in ('OPEN', 'CONFIRMED', 'DISPUTED') and due_at < now() as overdue
			from registry_discrepancy
			""";

	private static final String FILTER = """
			 where registry = :r
			   and (cast(:department as text) is null or provider_code = :department)
			   and (cast(:state as text) is null or state = :state)
			   and (cast(:kind as text) is null or kind = :kind)
			   and (cast(:key as text) is null or key = :key)
			   and (not :overdue or (state in ('OPEN', 'CONFIRMED', 'DISPUTED') and due_at < now()))
			""";

	private final JdbcClient jdbc;

	private final StoredRecords stored;

	private final RegistryDefinitions definitions;

	Discrepancies(JdbcClient jdbc, StoredRecords stored, RegistryDefinitions definitions) {
		this.jdbc = jdbc;
		this.stored = stored;
		this.definitions = definitions;
	}

	/**
	 * One disagreement of one source: {@code sourceValues} is a JSON object of each source's value;
	 * {@code overdue}: still live after its due time (answer, correction or arbitration).
	 */
	public record Discrepancy(UUID id, String registry, String key, String attribute, DiscrepancyKind kind, String source,
			String providerCode, String sourceValues, @Nullable String authoritativeValue, DiscrepancyState state,
			Instant foundAt, Instant dueAt, @Nullable Instant closedAt, @Nullable String evidence,
			@Nullable String resolution, @Nullable Instant answeredAt, boolean overdue) {
	}

	/** What to list: null fields do not filter. */
	public record Filter(@Nullable String department, @Nullable DiscrepancyState state, @Nullable DiscrepancyKind kind,
			@Nullable String key, boolean overdueOnly) {

		public static Filter department(@Nullable String department) {
			return new Filter(department, null, null, null, false);
		}
	}

	/** A step of a discrepancy's handling: who did what, when, and why. */
	public record Step(String action, String actor, @Nullable String departmentCode, @Nullable String note, Instant at) {
	}

	/** Live and closed counts per state, for a desk's header. */
	public record Counts(long open, long confirmed, long disputed, long resolved, long closed, long overdue) {
	}

	public PageResult<Discrepancy> page(String registry, Filter filter, int page, int size) {
		long total = filtered(jdbc.sql("select count(*) from registry_discrepancy" + FILTER), registry, filter)
			.query(Long.class).single();
		List<Discrepancy> content = filtered(jdbc.sql(COLUMNS + FILTER
				+ " order by found_at desc, key, attribute, source limit :size offset :offset"), registry, filter)
			.param("size", size).param("offset", (long) page * size).query(Discrepancies::discrepancy).list();
		return PageResult.of(content, new PageResult.PageRequest(page, size), total);
	}

	public Counts counts(String registry, @Nullable String department) {
		return jdbc.sql("""
				select count(*) filter (where state = 'OPEN') as open, count(*) filter (where state = 'CONFIRMED') as confirmed,
				       count(*) filter (where state = 'DISPUTED') as disputed, count(*) filter (where state = 'RESOLVED') as resolved,
				       count(*) filter (where state = 'CLOSED') as closed,
				       count(*) filter (where state in ('OPEN', 'CONFIRMED', 'DISPUTED') and due_at < now()) as overdue
				from registry_discrepancy
				where registry = :r and (cast(:department as text) is null or provider_code = :department)
				""").param("r", registry).param("department", department)
			.query((rs, row) -> new Counts(rs.getLong("open"), rs.getLong("confirmed"), rs.getLong("disputed"),
					rs.getLong("resolved"), rs.getLong("closed"), rs.getLong("overdue")))
			.single();
	}

	public Optional<Discrepancy> find(String registry, UUID id) {
		return jdbc.sql(COLUMNS + " where registry = :r and id = :id").param("r", registry).param("id", id)
			.query(Discrepancies::discrepancy).optional();
	}

	/** The discrepancy, locked for the rest of the transaction (a comparison may be closing it). */
	public Optional<Discrepancy> lock(String registry, UUID id) {
		return jdbc.sql(COLUMNS + " where registry = :r and id = :id for update").param("r", registry).param("id", id)
			.query(Discrepancies::discrepancy).optional();
	}

	/** The live discrepancies of one key, for its golden record. */
	public List<Discrepancy> liveOf(String registry, String key) {
		return jdbc.sql(COLUMNS + " where registry = :r and key = :key and state in ('OPEN', 'CONFIRMED', 'DISPUTED')"
				+ " order by attribute, source").param("r", registry).param("key", key).query(Discrepancies::discrepancy).list();
	}

	public void answer(UUID id, DiscrepancyState state, Instant due, @Nullable String evidence, @Nullable String resolution,
			Instant at) {
		jdbc.sql("""
				update registry_discrepancy
				set state = :state, due_at = :due, evidence = coalesce(:evidence, evidence),
				    resolution = coalesce(:resolution, resolution), answered_at = coalesce(answered_at, :at),
				    closed_at = case when :state = 'RESOLVED' then :at else closed_at end
				where id = :id
				""").param("id", id).param("state", state.name()).param("due", Timestamp.from(due))
			.param("evidence", evidence).param("resolution", resolution).param("at", Timestamp.from(at)).update();
	}

	/**
	 * Opens the work item of the authority's department after arbitration found it wrong: already
	 * confirmed (the decision is final), closed by a comparison once the authoritative source holds
	 * {@code expectedValue} (or, when null, no value at all).
	 */
	public UUID openAuthorityWrong(Discrepancy disputed, String authoritySource, String authorityProvider,
			@Nullable String expectedValue, Instant at, Instant due) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into registry_discrepancy (id, registry, key, attribute, kind, source, provider_code, source_values,
				    authoritative_value, state, found_at, due_at, expected_value, resolution)
				values (:id, :r, :key, :attribute, 'AUTHORITY_WRONG', :source, :provider, cast(:values as jsonb), :authority,
				        'CONFIRMED', :at, :due, :expected, 'PROVIDER_CORRECT')
				on conflict (registry, key, attribute, kind, source) where state in ('OPEN', 'CONFIRMED', 'DISPUTED')
				do update set expected_value = excluded.expected_value, due_at = excluded.due_at
				""").param("id", id).param("r", disputed.registry()).param("key", disputed.key())
			.param("attribute", disputed.attribute()).param("source", authoritySource).param("provider", authorityProvider)
			.param("values", disputed.sourceValues()).param("authority", disputed.authoritativeValue())
			.param("at", Timestamp.from(at)).param("due", Timestamp.from(due)).param("expected", expectedValue).update();
		return id;
	}

	/** The normalised value a source holds now, for what arbitration expects the authority to hold. */
	public Optional<String> sourceValue(String registry, String key, String attribute, String source) {
		RegistryDefinition definition = definitions.require(registry);
		boolean keyAttribute = attribute.equals(definition.keyAttribute());
		ValueKind kind = keyAttribute ? ValueKind.CODE
				: definition.attribute(attribute).map(RegistryAttribute::kind).orElse(ValueKind.TEXT);
		return Optional.ofNullable(stored.normalisedValue(registry, key, attribute, kind, source, keyAttribute));
	}

	public void step(UUID id, String action, String actor, @Nullable String department, @Nullable String note, Instant at) {
		jdbc.sql("""
				insert into registry_discrepancy_step (discrepancy_id, action, actor, department_code, note, at)
				values (:id, :action, :actor, :department, :note, :at)
				""").param("id", id).param("action", action).param("actor", actor).param("department", department)
			.param("note", note).param("at", Timestamp.from(at)).update();
	}

	public List<Step> steps(UUID id) {
		return jdbc.sql("""
				select action, actor, department_code, note, at from registry_discrepancy_step
				where discrepancy_id = :id order by at, id
				""").param("id", id)
			.query((rs, row) -> new Step(rs.getString("action"), rs.getString("actor"), rs.getString("department_code"),
					rs.getString("note"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec spec, String registry, Filter filter) {
		return spec.param("r", registry).param("department", filter.department())
			.param("state", filter.state() == null ? null : filter.state().name())
			.param("kind", filter.kind() == null ? null : filter.kind().name()).param("key", filter.key())
			.param("overdue", filter.overdueOnly());
	}

	private static Discrepancy discrepancy(ResultSet rs, int row) throws SQLException {
		return new Discrepancy(rs.getObject("id", UUID.class), rs.getString("registry"), rs.getString("key"),
				rs.getString("attribute"), DiscrepancyKind.valueOf(rs.getString("kind")), rs.getString("source"),
				rs.getString("provider_code"), rs.getString("source_values"), rs.getString("authoritative_value"),
				DiscrepancyState.valueOf(rs.getString("state")), rs.getTimestamp("found_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), instant(rs, "closed_at"), rs.getString("evidence"),
				rs.getString("resolution"), instant(rs, "answered_at"), rs.getBoolean("overdue"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
