package org.cityos.sensing.alerting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stored rules, {@code sensing_alert_rule}: scope and kind as columns for queries, the whole
 * rule as JSON ({@code definition}, a persistence format independent of the web's Jackson settings).
 */
@Repository
class AlertRules {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	AlertRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AlertRule> all() {
		return jdbc.sql("select definition from sensing_alert_rule order by created_at, id")
			.query((row, number) -> read(row.getString("definition")))
			.list();
	}

	Optional<AlertRule> find(UUID id) {
		return jdbc.sql("select definition from sensing_alert_rule where id = :id")
			.param("id", id)
			.query((row, number) -> read(row.getString("definition")))
			.optional();
	}

	void insert(AlertRule rule, String actor) {
		jdbc.sql("""
				insert into sensing_alert_rule (id, name, enabled, scope_type, scope_value, kind, definition, updated_by)
				values (:id, :name, :enabled, :scopeType, :scopeValue, :kind, cast(:definition as jsonb), :actor)
				""")
			.params(parameters(rule, actor))
			.update();
	}

	boolean update(AlertRule rule, String actor) {
		return jdbc.sql("""
				update sensing_alert_rule
				   set name = :name, enabled = :enabled, scope_type = :scopeType, scope_value = :scopeValue, kind = :kind,
				       definition = cast(:definition as jsonb), updated_at = now(), updated_by = :actor
				 where id = :id
				""")
			.params(parameters(rule, actor))
			.update() > 0;
	}

	boolean delete(UUID id) {
		return jdbc.sql("delete from sensing_alert_rule where id = :id").param("id", id).update() > 0;
	}

	private static java.util.Map<String, Object> parameters(AlertRule rule, String actor) {
		return java.util.Map.of("id", rule.id(), "name", rule.name(), "enabled", rule.enabled(), "scopeType",
				rule.scope().type().name(), "scopeValue", rule.scope().value(), "kind", rule.condition().kind().name(),
				"definition", JSON.writeValueAsString(rule), "actor", actor);
	}

	static AlertRule read(String json) {
		return JSON.readValue(json, AlertRule.class);
	}
}
