package org.cityos.registry.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityos.registry.matching.Decision;
import org.cityos.registry.matching.MatchResult;
import org.cityos.registry.matching.PersonRecord;
import org.cityos.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** The links of records without key to registry keys, and the review queue of uncertain pairs. */
@Repository
public class MatchReviews {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	MatchReviews(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** An uncertain pair: the source's record as delivered, the candidate key, the weight and why. */
	public record Review(UUID id, String registry, String source, String providerCode, String reference, String record,
			String candidateKey, double weight, String agreements, String state, Instant queuedAt,
			@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String note) {
	}

	/** A record without key linked to a registry key. */
	public record Link(String source, String reference, double weight, String decidedBy, Instant decidedAt) {
	}

	/** The registry's people as its golden values say, the reference set of matching. */
	List<PersonRecord> goldenPeople(String registry, Collection<String> attributes) {
		List<PersonRecord> people = new ArrayList<>();
		Map<String, String> values = new HashMap<>();
		String[] current = { null };
		jdbc.sql("""
				select key, attribute, value from registry_golden_value
				where registry = :r and attribute in (:attributes) order by key
				""").param("r", registry).param("attributes", attributes).query(rs -> {
			String key = rs.getString("key");
			if (current[0] != null && !current[0].equals(key)) {
				people.add(PersonFields.person(current[0], values));
				values.clear();
			}
			current[0] = key;
			values.put(rs.getString("attribute"), rs.getString("value"));
		});
		if (current[0] != null) {
			people.add(PersonFields.person(current[0], values));
		}
		return people;
	}

	/** References a steward already decided on: matching leaves them as decided. */
	Set<String> decidedReferences(String registry, String source) {
		return new HashSet<>(jdbc.sql("""
				select reference from registry_match_link where registry = :r and source = :s and decided_by <> 'AUTO'
				union
				select reference from registry_match_review where registry = :r and source = :s and state <> 'PENDING'
				""").param("r", registry).param("s", source).query(String.class).list());
	}

	@Transactional
	void replaceAutomatic(String registry, String source, String provider, List<MatchResult> results,
			Map<String, Map<String, String>> records) {
		jdbc.sql("delete from registry_match_link where registry = :r and source = :s and decided_by = 'AUTO'")
			.param("r", registry).param("s", source).update();
		jdbc.sql("delete from registry_match_review where registry = :r and source = :s and state = 'PENDING'")
			.param("r", registry).param("s", source).update();
		Timestamp now = Timestamp.from(Instant.now());
		List<MapSqlParameterSource> links = new ArrayList<>();
		List<MapSqlParameterSource> queued = new ArrayList<>();
		for (MatchResult result : results) {
			if (result.best() == null || result.decision() == Decision.NON_MATCH) {
				continue;
			}
			MapSqlParameterSource row = new MapSqlParameterSource().addValue("r", registry).addValue("s", source)
				.addValue("reference", result.recordReference()).addValue("key", result.best().reference())
				.addValue("weight", result.best().weight()).addValue("now", now);
			if (result.decision() == Decision.MATCH) {
				links.add(row);
			}
			else {
				queued.add(row.addValue("id", UUID.randomUUID()).addValue("provider", provider)
					.addValue("record", JSON.writeValueAsString(records.get(result.recordReference())))
					.addValue("agreements", JSON.writeValueAsString(result.best().agreements())));
			}
		}
		batch.batchUpdate("""
				insert into registry_match_link (registry, source, reference, key, weight, decided_by, decided_at)
				values (:r, :s, :reference, :key, :weight, 'AUTO', :now)
				on conflict (registry, source, reference) do nothing
				""", links.toArray(MapSqlParameterSource[]::new));
		batch.batchUpdate("""
				insert into registry_match_review (id, registry, source, provider_code, reference, record, candidate_key, weight,
				    agreements, queued_at)
				values (:id, :r, :s, :provider, :reference, cast(:record as jsonb), :key, :weight, cast(:agreements as jsonb), :now)
				""", queued.toArray(MapSqlParameterSource[]::new));
	}

	public PageResult<Review> page(String registry, @Nullable String department, @Nullable String state, int page,
			int size) {
		String filter = """
				 from registry_match_review where registry = :r
				   and (cast(:department as text) is null or provider_code = :department)
				   and (cast(:state as text) is null or state = :state)
				""";
		long total = jdbc.sql("select count(*)" + filter).param("r", registry).param("department", department)
			.param("state", state).query(Long.class).single();
		List<Review> content = jdbc.sql(SELECT + filter + " order by queued_at, weight desc limit :size offset :offset")
			.param("r", registry).param("department", department).param("state", state).param("size", size)
			.param("offset", (long) page * size).query(MatchReviews::review).list();
		return PageResult.of(content, new PageResult.PageRequest(page, size), total);
	}

	public Optional<Review> lock(String registry, UUID id) {
		return jdbc.sql(SELECT + " from registry_match_review where registry = :r and id = :id for update")
			.param("r", registry).param("id", id).query(MatchReviews::review).optional();
	}

	/** The steward's decision; accepted, the record is linked to the candidate key. */
	void decide(Review review, boolean accepted, String by, @Nullable String note, Instant at) {
		jdbc.sql("""
				update registry_match_review set state = :state, decided_by = :by, decided_at = :at, note = :note where id = :id
				""").param("state", accepted ? "ACCEPTED" : "REJECTED").param("by", by).param("at", Timestamp.from(at))
			.param("note", note).param("id", review.id()).update();
		if (accepted) {
			jdbc.sql("""
					insert into registry_match_link (registry, source, reference, key, weight, decided_by, decided_at)
					values (:r, :s, :reference, :key, :weight, :by, :at)
					on conflict (registry, source, reference) do update
					set key = excluded.key, weight = excluded.weight, decided_by = excluded.decided_by,
					    decided_at = excluded.decided_at
					""").param("r", review.registry()).param("s", review.source()).param("reference", review.reference())
				.param("key", review.candidateKey()).param("weight", review.weight()).param("by", by)
				.param("at", Timestamp.from(at)).update();
		}
	}

	public List<Link> linksOf(String registry, String key) {
		return jdbc.sql("""
				select source, reference, weight, decided_by, decided_at from registry_match_link
				where registry = :r and key = :key order by source, reference
				""").param("r", registry).param("key", key)
			.query((rs, row) -> new Link(rs.getString("source"), rs.getString("reference"), rs.getDouble("weight"),
					rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	private static final String SELECT = """
			select id, registry, source, provider_code, reference, record::text as record, candidate_key, weight,
			       agreements::text as agreements, state, queued_at, decided_by, decided_at, note
			""";

	private static Review review(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Review(rs.getObject("id", UUID.class), rs.getString("registry"), rs.getString("source"),
				rs.getString("provider_code"), rs.getString("reference"), rs.getString("record"),
				rs.getString("candidate_key"), rs.getDouble("weight"), rs.getString("agreements"), rs.getString("state"),
				rs.getTimestamp("queued_at").toInstant(), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("note"));
	}
}
