package org.cityos.scorecard.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computed periods (scorecard_snapshot) with the facts of each assessed department, as JSON.
 * A snapshot is replaced whole. The JSON is a persistence format: unknown properties (from a
 * newer version) are ignored, missing counts read as 0.
 */
@Repository
class Snapshots {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final JdbcClient jdbc;

	Snapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored period: when it was computed, and its facts by department code. */
	record Snapshot(AssessmentPeriod period, Instant computedAt, List<DepartmentFacts> facts) {
	}

	Optional<Snapshot> find(AssessmentPeriod period) {
		Optional<Instant> computedAt = jdbc.sql("select computed_at from scorecard_snapshot where period = :p")
			.param("p", period.toString()).query(Timestamp.class).optional().map(Timestamp::toInstant);
		if (computedAt.isEmpty()) {
			return Optional.empty();
		}
		List<DepartmentFacts> facts = jdbc.sql("""
				select facts::text from scorecard_snapshot_department where period = :p order by department_code
				""").param("p", period.toString()).query(String.class).list().stream()
			.map(json -> JSON.readValue(json, DepartmentFacts.class)).toList();
		return Optional.of(new Snapshot(period, computedAt.get(), facts));
	}

	/** Stores the period's facts in place of earlier ones (in the caller's transaction). */
	void replace(Snapshot snapshot, Instant from, Instant to) {
		String period = snapshot.period().toString();
		jdbc.sql("delete from scorecard_snapshot where period = :p").param("p", period).update();
		jdbc.sql("insert into scorecard_snapshot (period, period_from, period_to, computed_at) values (:p, :from, :to, :at)")
			.param("p", period).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("at", Timestamp.from(snapshot.computedAt())).update();
		for (DepartmentFacts facts : snapshot.facts()) {
			jdbc.sql("insert into scorecard_snapshot_department (period, department_code, facts) values (:p, :d, cast(:f as jsonb))")
				.param("p", period).param("d", facts.departmentCode()).param("f", JSON.writeValueAsString(facts)).update();
		}
	}
}
