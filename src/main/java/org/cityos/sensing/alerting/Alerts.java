package org.cityos.sensing.alerting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityos.sensing.AlertResolution;
import org.cityos.sensing.AlertRuleKind;
import org.cityos.sensing.WarningLevel;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored alerts ({@code sensing_alert}) and their history ({@code sensing_alert_history}).
 * At most one open (not RESOLVED) alert per rule and datastream, enforced by a unique index.
 * Writes run inside the caller's transaction.
 */
@Repository
class Alerts {

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The open alert of a rule on a datastream, if any: its id and state. */
	record Open(UUID id, AlertState state, WarningLevel level) {
	}

	/** Stores a raised alert; false when one is already open for the rule and datastream. */
	boolean insertRaised(UUID id, AlertTransition raised) {
		ObservedValue context = raised.context();
		int rows = jdbc.sql("""
				insert into sensing_alert (id, rule_id, rule_name, kind, datastream_id, observed_property, sensor_kind,
				                           division_codes, level, state, raised_at, raised_value, last_value, message)
				values (:id, :ruleId, :ruleName, :kind, :datastream, :property, :sensorKind, cast(:areas as text[]), :level,
				        'RAISED', :at, :value, :value, :message)
				on conflict (rule_id, datastream_id) where state <> 'RESOLVED' do nothing
				""")
			.param("id", id)
			.param("ruleId", raised.rule().id())
			.param("ruleName", raised.rule().name())
			.param("kind", raised.rule().condition().kind().name())
			.param("datastream", context.datastreamId())
			.param("property", context.observedProperty())
			.param("sensorKind", context.sensorKind())
			.param("areas", "{" + String.join(",", context.divisionCodes().stream().map(Alerts::quoted).toList()) + "}")
			.param("level", raised.to().name())
			.param("at", Timestamp.from(raised.at()))
			.param("value", finite(raised.value()))
			.param("message", raised.message())
			.update();
		if (rows > 0) {
			step(id, raised.at(), "RAISED", raised.to(), raised.value(), null, null);
		}
		return rows > 0;
	}

	Optional<Open> open(UUID ruleId, String datastreamId) {
		return jdbc.sql("""
				select id, state, level from sensing_alert
				 where rule_id = :ruleId and datastream_id = :datastream and state <> 'RESOLVED'
				""")
			.param("ruleId", ruleId)
			.param("datastream", datastreamId)
			.query((row, number) -> new Open(row.getObject("id", UUID.class), AlertState.valueOf(row.getString("state")),
					WarningLevel.valueOf(row.getString("level"))))
			.optional();
	}

	List<Alert> openAlerts() {
		return jdbc.sql("select * from sensing_alert where state <> 'RESOLVED'").query((row, number) -> alert(row)).list();
	}

	List<Open> openOfRule(UUID ruleId) {
		return jdbc.sql("select id, state, level from sensing_alert where rule_id = :ruleId and state <> 'RESOLVED'")
			.param("ruleId", ruleId)
			.query((row, number) -> new Open(row.getObject("id", UUID.class), AlertState.valueOf(row.getString("state")),
					WarningLevel.valueOf(row.getString("level"))))
			.list();
	}

	/** New level; an escalation returns an acknowledged alert to RAISED (someone must look again). */
	void changeLevel(UUID id, WarningLevel to, boolean escalated, Instant at, double value, String message) {
		jdbc.sql("""
				update sensing_alert
				   set level = :level, last_value = :value, message = :message, updated_at = now(),
				       state = case when :escalated then 'RAISED' else state end
				 where id = :id
				""")
			.param("id", id)
			.param("level", to.name())
			.param("value", finite(value))
			.param("message", message)
			.param("escalated", escalated)
			.update();
		step(id, at, "LEVEL_CHANGED", to, value, null, null);
	}

	void acknowledge(UUID id, String by, Instant at, @Nullable String note) {
		jdbc.sql("""
				update sensing_alert set state = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by, updated_at = now()
				 where id = :id
				""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		step(id, at, "ACKNOWLEDGED", null, null, by, note);
	}

	void resolve(UUID id, AlertResolution resolution, @Nullable String by, Instant at, @Nullable String note,
			@Nullable Double value) {
		jdbc.sql("""
				update sensing_alert
				   set state = 'RESOLVED', resolved_at = :at, resolved_by = :by, resolution = :resolution, note = :note,
				       last_value = coalesce(:value, last_value), updated_at = now()
				 where id = :id
				""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("resolution", resolution.name())
			.param("note", note)
			.param("value", value == null || !Double.isFinite(value) ? null : value)
			.update();
		step(id, at, "RESOLVED", null, value, by, note);
	}

	Optional<Alert> find(UUID id) {
		Optional<Alert> alert = jdbc.sql("select * from sensing_alert where id = :id")
			.param("id", id)
			.query((row, number) -> alert(row))
			.optional();
		return alert.map(found -> found.withHistory(jdbc.sql("""
				select at, action, level, value, actor, note from sensing_alert_history where alert_id = :id order by id
				""")
			.param("id", id)
			.query((row, number) -> new Alert.Step(row.getTimestamp("at").toInstant(), row.getString("action"),
					row.getString("level") == null ? null : WarningLevel.valueOf(row.getString("level")),
					(Double) row.getObject("value"), row.getString("actor"), row.getString("note")))
			.list()));
	}

	/** Filters are optional; newest first. */
	PageResult<Alert> page(@Nullable List<AlertState> states, @Nullable WarningLevel level, @Nullable AlertRuleKind kind,
			@Nullable String area, @Nullable String datastream, PageRequest request) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (states != null && !states.isEmpty()) {
			where.append(" and state in (:states)");
			params.put("states", states.stream().map(Enum::name).toList());
		}
		if (level != null) {
			where.append(" and level = :level");
			params.put("level", level.name());
		}
		if (kind != null) {
			where.append(" and kind = :kind");
			params.put("kind", kind.name());
		}
		if (area != null) {
			where.append(" and division_codes @> array[cast(:area as text)]");
			params.put("area", area);
		}
		if (datastream != null) {
			where.append(" and datastream_id = :datastream");
			params.put("datastream", datastream);
		}
		long total = jdbc.sql("select count(*) from sensing_alert" + where).params(params).query(Long.class).single();
		params.put("limit", request.size());
		params.put("offset", request.offset());
		List<Alert> content = jdbc.sql("select * from sensing_alert" + where
				+ " order by raised_at desc, id limit :limit offset :offset")
			.params(params)
			.query((row, number) -> alert(row))
			.list();
		return PageResult.of(content, request, total);
	}

	private void step(UUID id, Instant at, String action, @Nullable WarningLevel level, @Nullable Double value,
			@Nullable String actor, @Nullable String note) {
		jdbc.sql("""
				insert into sensing_alert_history (alert_id, at, action, level, value, actor, note)
				values (:id, :at, :action, :level, :value, :actor, :note)
				""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("action", action)
			.param("level", level == null ? null : level.name())
			.param("value", value == null || !Double.isFinite(value) ? null : value)
			.param("actor", actor)
			.param("note", note)
			.update();
	}

	private static Alert alert(ResultSet row) throws SQLException {
		Array areas = row.getArray("division_codes");
		String resolution = row.getString("resolution");
		return new Alert(row.getObject("id", UUID.class), row.getObject("rule_id", UUID.class), row.getString("rule_name"),
				AlertRuleKind.valueOf(row.getString("kind")), row.getString("datastream_id"),
				row.getString("observed_property"), row.getString("sensor_kind"),
				areas == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) areas.getArray())),
				WarningLevel.valueOf(row.getString("level")), AlertState.valueOf(row.getString("state")),
				row.getTimestamp("raised_at").toInstant(), row.getDouble("raised_value"), row.getDouble("last_value"),
				row.getString("message"), instant(row, "acknowledged_at"), row.getString("acknowledged_by"),
				instant(row, "resolved_at"), row.getString("resolved_by"),
				resolution == null ? null : AlertResolution.valueOf(resolution), row.getString("note"), List.of());
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static double finite(double value) {
		return Double.isFinite(value) ? value : 0;
	}

	private static String quoted(String code) {
		return "\"" + code.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
