package org.cityos.registry.verification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The cross-check runs made, with their results, for the record and for download. */
@Repository
class CheckRuns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	CheckRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(CrossCheck.Run run, @Nullable String department) {
		jdbc.sql("""
				insert into registry_check_run (id, rule_set, department_code, actor, purpose, at, applicants, eligible, review,
				    ineligible, results)
				values (:id, :ruleSet, :department, :actor, :purpose, :at, :applicants, :eligible, :review, :ineligible,
				        cast(:results as jsonb))
				""").param("id", run.id()).param("ruleSet", run.ruleSet()).param("department", department)
			.param("actor", run.actor()).param("purpose", run.purpose()).param("at", Timestamp.from(run.at()))
			.param("applicants", run.applicants()).param("eligible", run.eligible()).param("review", run.review())
			.param("ineligible", run.ineligible()).param("results", JSON.writeValueAsString(run)).update();
	}

	/** A run as it was answered; null department: any (the bureau). */
	Optional<CrossCheck.Run> find(UUID id, @Nullable String department) {
		return jdbc.sql("""
				select results::text from registry_check_run
				where id = :id and (cast(:department as text) is null or department_code = :department)
				""").param("id", id).param("department", department).query(String.class).optional()
			.map(json -> JSON.readValue(json, CrossCheck.Run.class));
	}

	record Summary(UUID id, String ruleSet, @Nullable String departmentCode, String actor, String purpose, Instant at,
			int applicants, int eligible, int review, int ineligible) {
	}

	List<Summary> recent(@Nullable String department, int limit) {
		return jdbc.sql("""
				select id, rule_set, department_code, actor, purpose, at, applicants, eligible, review, ineligible
				from registry_check_run
				where cast(:department as text) is null or department_code = :department
				order by at desc limit :limit
				""").param("department", department).param("limit", limit)
			.query((rs, row) -> new Summary(rs.getObject("id", UUID.class), rs.getString("rule_set"),
					rs.getString("department_code"), rs.getString("actor"), rs.getString("purpose"),
					rs.getTimestamp("at").toInstant(), rs.getInt("applicants"), rs.getInt("eligible"), rs.getInt("review"),
					rs.getInt("ineligible")))
			.list();
	}
}
