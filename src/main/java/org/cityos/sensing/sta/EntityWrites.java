package org.cityos.sensing.sta;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cityos.sensing.sta.EntityType.Kind;
import org.cityos.sensing.sta.EntityType.Navigation;
import org.cityos.sensing.sta.EntityType.Property;
import org.cityos.sensing.storage.DatastreamDirectory;
import org.cityos.sensing.storage.IngestProperties;
import org.cityos.sensing.storage.NewObservation;
import org.cityos.sensing.storage.ObservationChecks;
import org.cityos.sensing.storage.ObservationVersions;
import org.cityos.sensing.storage.ObservationWriter;
import org.cityos.sensing.storage.RejectedObservation;
import org.cityos.sensing.storage.Rollups;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Creates (with deep insert and links by {@code @iot.id}), updates and deletes entities, each call
 * in one transaction: a deep insert is whole or not at all. Deleting follows SensorThings: a Thing
 * takes its Datastreams (and their Observations) and HistoricalLocations; a Sensor or an
 * ObservedProperty its Datastreams; a Datastream or a FeatureOfInterest its Observations.
 */
@Component
public class EntityWrites {

	private final JdbcClient jdbc;

	private final ObservationChecks checks;

	private final ObservationWriter writer;

	private final DatastreamDirectory datastreams;

	private final ApplicationEventPublisher events;

	private final IngestProperties properties;

	EntityWrites(JdbcClient jdbc, ObservationChecks checks, ObservationWriter writer, DatastreamDirectory datastreams,
			ApplicationEventPublisher events, IngestProperties properties) {
		this.jdbc = jdbc;
		this.checks = checks;
		this.writer = writer;
		this.datastreams = datastreams;
		this.events = events;
		this.properties = properties;
	}

	/** Where a POST to a navigation path puts the new entity: {@code Things(1)/Datastreams}. */
	public record Parent(EntityType type, long id, Navigation navigation) {
	}

	@Transactional
	public long create(EntityType type, JsonNode node, @Nullable Parent parent) {
		long id = insert(type, node, parent);
		if (type == EntityType.LOCATION) {
			// a Thing may have gained the Location its Observations' FeatureOfInterest is derived from
			datastreams.forgetAll();
		}
		return id;
	}

	private long insert(EntityType type, JsonNode node, @Nullable Parent parent) {
		if (!node.isObject()) {
			throw new InvalidInputException("A " + type.singular() + " must be a JSON object");
		}
		if (type == EntityType.OBSERVATION) {
			return insertObservation(node, parent);
		}
		EntityInput.checkRequired(type, node, parent);
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		for (Property p : type.properties()) {
			if (node.has(p.name())) {
				EntityInput.putValue(values, p, node.get(p.name()));
			}
		}
		if (type == EntityType.HISTORICAL_LOCATION && !values.containsKey("time")) {
			values.put("time", OffsetDateTime.now(ZoneOffset.UTC));
		}
		if (type == EntityType.DATASTREAM) {
			values.put("thing_id", toOne(node, "Thing", EntityType.THING, parent));
			values.put("sensor_id", toOne(node, "Sensor", EntityType.SENSOR, parent));
			values.put("observed_property_id", toOne(node, "ObservedProperty", EntityType.OBSERVED_PROPERTY, parent));
		}
		if (type == EntityType.HISTORICAL_LOCATION) {
			values.put("thing_id", toOne(node, "Thing", EntityType.THING, parent));
		}
		long id = insertRow(type.table(), values);
		if (parent != null && parent.navigation().toMany()) {
			linkToParent(type, id, parent);
		}
		switch (type) {
			case THING -> {
				List<Long> locations = toMany(node, "Locations", EntityType.LOCATION);
				locations.forEach(location -> link("sensing_thing_location", "thing_id", id, "location_id", location));
				if (!locations.isEmpty()) {
					historicalLocation(id, locations);
				}
				for (JsonNode datastream : array(node, "Datastreams")) {
					insert(EntityType.DATASTREAM, datastream, new Parent(EntityType.THING, id, EntityType.THING.navigation("Datastreams").orElseThrow()));
				}
			}
			case LOCATION -> {
				for (Long thing : toMany(node, "Things", EntityType.THING)) {
					link("sensing_thing_location", "thing_id", thing, "location_id", id);
					historicalLocation(thing, List.of(id));
				}
			}
			case HISTORICAL_LOCATION -> toMany(node, "Locations", EntityType.LOCATION)
				.forEach(location -> link("sensing_historical_location_location", "historical_location_id", id, "location_id", location));
			case SENSOR, OBSERVED_PROPERTY -> {
				for (JsonNode datastream : array(node, "Datastreams")) {
					insert(EntityType.DATASTREAM, datastream, new Parent(type, id, type.navigation("Datastreams").orElseThrow()));
				}
			}
			case DATASTREAM -> {
				List<NewObservation> observations = new ArrayList<>();
				for (JsonNode observation : array(node, "Observations")) {
					observations.add(observation(observation, id));
				}
				if (!observations.isEmpty()) {
					writer.writeInCurrentTransaction(observations);
				}
			}
			default -> {
			}
		}
		if (type != EntityType.OBSERVATION) {
			events.publishEvent(new EntityCreated(type, id));
		}
		return id;
	}

	private long insertObservation(JsonNode node, @Nullable Parent parent) {
		Long datastream = parent != null && parent.type() == EntityType.DATASTREAM ? parent.id() : null;
		if (datastream == null && node.has("Datastream") && !node.get("Datastream").has("@iot.id")) {
			datastream = insert(EntityType.DATASTREAM, node.get("Datastream"), null);
		}
		if (parent != null && parent.type() == EntityType.FEATURE_OF_INTEREST) {
			node = linked(node, "FeatureOfInterest", parent.id());
		}
		return writer.writeInCurrentTransaction(List.of(observation(node, datastream))).get(0).id();
	}

	/** An Observation of a deep insert; a FeatureOfInterest given inline is created first (in the caller's transaction). */
	NewObservation observation(JsonNode node, @Nullable Long datastream) {
		JsonNode foi = node.get("FeatureOfInterest");
		if (foi != null && foi.isObject() && !foi.has("@iot.id")) {
			node = linked(node, "FeatureOfInterest", insert(EntityType.FEATURE_OF_INTEREST, foi, null));
		}
		else if (foi != null && foi.isObject()) {
			existing(EntityType.FEATURE_OF_INTEREST, foi.get("@iot.id"));
		}
		try {
			return checks.fromSensorThings(node, datastream);
		}
		catch (RejectedObservation ex) {
			throw new InvalidInputException(ex.getMessage());
		}
	}

	private static JsonNode linked(JsonNode node, String navigation, long id) {
		tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) node.deepCopy();
		copy.putObject(navigation).put("@iot.id", id);
		return copy;
	}

	@Transactional
	public void update(EntityType type, long id, JsonNode node) {
		if (!node.isObject()) {
			throw new InvalidInputException("A PATCH body must be a JSON object");
		}
		if (jdbc.sql("select count(*) from " + type.table() + " where id = :id").param("id", id).query(Long.class).single() == 0) {
			throw new NotFoundException(type.singular() + " " + id + " does not exist");
		}
		EntityInput.checkLinksOnly(type, node);
		if (type == EntityType.OBSERVATION) {
			updateObservation(id, node);
			return;
		}
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		for (Property p : type.properties()) {
			if (node.has(p.name())) {
				if (p.required() && node.get(p.name()).isNull()) {
					throw InvalidInputException.ofField(p.name(), "must not be null");
				}
				EntityInput.putValue(values, p, node.get(p.name()));
			}
		}
		for (Navigation n : type.navigations()) {
			if (!n.toMany() && node.has(n.name())) {
				values.put(n.foreignKey(), existing(n.target(), node.get(n.name()).get("@iot.id")));
			}
		}
		if (!values.isEmpty()) {
			StringBuilder sql = new StringBuilder("update " + type.table() + " set ");
			int i = 0;
			for (String column : values.keySet()) {
				sql.append(i++ == 0 ? "" : ", ").append(column).append(" = ").append(cast(column, type)).append(":").append(column)
					.append(castEnd(column, type));
			}
			jdbc.sql(sql + " where id = :id").params(values).param("id", id).update();
		}
		if (type == EntityType.THING && node.has("Locations")) {
			List<Long> locations = toMany(node, "Locations", EntityType.LOCATION);
			jdbc.sql("delete from sensing_thing_location where thing_id = :id").param("id", id).update();
			locations.forEach(location -> link("sensing_thing_location", "thing_id", id, "location_id", location));
			historicalLocation(id, locations);
		}
		datastreams.forgetAll();
	}

	private void updateObservation(long id, JsonNode node) {
		Map<String, Object> current = jdbc.sql("select datastream_id, phenomenon_time from sensing_observation where id = :id")
			.param("id", id).query().singleRow();
		long datastream = ((Number) current.get("datastream_id")).longValue();
		Instant before = ((java.sql.Timestamp) current.get("phenomenon_time")).toInstant();
		tools.jackson.databind.node.ObjectNode merged = (tools.jackson.databind.node.ObjectNode) node.deepCopy();
		Map<String, Object> stored = jdbc.sql("select to_jsonb(o) as row from sensing_observation o where id = :id").param("id", id)
			.query().singleRow();
		JsonNode row = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stored.get("row").toString());
		if (!merged.has("result")) {
			merged.set("result", row.get("result_number").isNull() ? row.get("result_json") : row.get("result_number"));
		}
		if (!merged.has("phenomenonTime")) {
			merged.put("phenomenonTime", before.toString());
		}
		NewObservation updated;
		try {
			updated = checks.fromSensorThings(merged, datastream);
		}
		catch (RejectedObservation ex) {
			throw new InvalidInputException(ex.getMessage());
		}
		jdbc.sql("""
				update sensing_observation set phenomenon_time = :p, phenomenon_time_end = :pe, result_time = coalesce(:r, result_time),
				    result_number = :n, result_json = cast(:j as jsonb), result_quality = coalesce(cast(:q as jsonb), result_quality),
				    valid_time_start = coalesce(:vs, valid_time_start), valid_time_end = coalesce(:ve, valid_time_end),
				    parameters = coalesce(cast(:pa as jsonb), parameters) where id = :id""")
			.param("p", EntityInput.utc(updated.phenomenonTime())).param("pe", EntityInput.utc(updated.phenomenonTimeEnd()))
			.param("r", EntityInput.utc(updated.resultTime())).param("n", updated.resultNumber()).param("j", updated.resultJson())
			.param("q", updated.resultQuality()).param("vs", EntityInput.utc(updated.validTimeStart())).param("ve", EntityInput.utc(updated.validTimeEnd()))
			.param("pa", updated.parameters()).param("id", id).update();
		Rollups.rebuild(jdbc, datastream, before, properties.zone());
		Rollups.rebuild(jdbc, datastream, updated.phenomenonTime(), properties.zone());
		refreshLatest(datastream);
	}

	@Transactional
	public void delete(EntityType type, long id) {
		if (jdbc.sql("select count(*) from " + type.table() + " where id = :id").param("id", id).query(Long.class).single() == 0) {
			throw new NotFoundException(type.singular() + " " + id + " does not exist");
		}
		String datastreamsOf = switch (type) {
			case THING -> "select id from sensing_datastream where thing_id = :id";
			case SENSOR -> "select id from sensing_datastream where sensor_id = :id";
			case OBSERVED_PROPERTY -> "select id from sensing_datastream where observed_property_id = :id";
			case DATASTREAM -> "select :id";
			default -> null;
		};
		if (datastreamsOf != null) {
			for (String table : List.of("sensing_observation", "sensing_latest", "sensing_rollup_minute", "sensing_rollup_hour",
					"sensing_rollup_day")) {
				jdbc.sql("delete from " + table + " where datastream_id in (" + datastreamsOf + ")").param("id", id).update();
			}
		}
		if (type == EntityType.OBSERVATION) {
			Map<String, Object> row = jdbc.sql("delete from sensing_observation where id = :id returning datastream_id, phenomenon_time")
				.param("id", id).query().singleRow();
			long datastream = ((Number) row.get("datastream_id")).longValue();
			Rollups.rebuild(jdbc, datastream, ((java.sql.Timestamp) row.get("phenomenon_time")).toInstant(), properties.zone());
			refreshLatest(datastream);
			return;
		}
		if (type == EntityType.FEATURE_OF_INTEREST) {
			ObservationVersions.changedForFeature(jdbc, id);
			jdbc.sql("delete from sensing_observation where feature_of_interest_id = :id").param("id", id).update();
		}
		if (type == EntityType.LOCATION) {
			// A HistoricalLocation says where a Thing was; one left without any Location says nothing
			// (SensorThings 1.1 §10.4, delete-entity: a Location takes its HistoricalLocations with it).
			jdbc.sql("""
					delete from sensing_historical_location h
					where exists (select 1 from sensing_historical_location_location l where l.historical_location_id = h.id and l.location_id = :id)
					and not exists (select 1 from sensing_historical_location_location l where l.historical_location_id = h.id and l.location_id <> :id)""")
				.param("id", id).update();
		}
		jdbc.sql("delete from " + type.table() + " where id = :id").param("id", id).update();
		datastreams.forgetAll();
	}

	/** After a change of a stored observation: its datastream's latest value and observations version. */
	private void refreshLatest(long datastream) {
		ObservationVersions.changed(jdbc, datastream);
		jdbc.sql("delete from sensing_latest where datastream_id = :d").param("d", datastream).update();
		jdbc.sql("""
				insert into sensing_latest (datastream_id, observation_id, phenomenon_time, result_number, result_json)
				select datastream_id, id, phenomenon_time, result_number, result_json from sensing_observation
				where datastream_id = :d order by phenomenon_time desc limit 1""").param("d", datastream).update();
	}

	private static String cast(String column, EntityType type) {
		return type.properties().stream().anyMatch(p -> p.column().equals(column) && (p.kind() == Kind.JSON || p.kind() == Kind.GEOJSON))
				? "cast(" : "";
	}

	private static String castEnd(String column, EntityType type) {
		return cast(column, type).isEmpty() ? "" : " as jsonb)";
	}

	private long insertRow(String table, Map<String, Object> values) {
		EntityType type = java.util.Arrays.stream(EntityType.values()).filter(t -> t.table().equals(table)).findFirst().orElseThrow();
		StringBuilder columns = new StringBuilder();
		StringBuilder params = new StringBuilder();
		for (String column : values.keySet()) {
			columns.append(columns.isEmpty() ? "" : ", ").append(column);
			params.append(params.isEmpty() ? "" : ", ").append(cast(column, type)).append(":").append(column).append(castEnd(column, type));
		}
		return jdbc.sql("insert into " + table + " (" + columns + ") values (" + params + ") returning id").params(values)
			.query(Long.class).single();
	}

	private void linkToParent(EntityType type, long id, Parent parent) {
		if (parent.type() == EntityType.THING && type == EntityType.LOCATION) {
			link("sensing_thing_location", "thing_id", parent.id(), "location_id", id);
			historicalLocation(parent.id(), List.of(id));
		}
		else if (parent.type() == EntityType.LOCATION && type == EntityType.THING) {
			link("sensing_thing_location", "thing_id", id, "location_id", parent.id());
			historicalLocation(id, List.of(parent.id()));
		}
		else if (parent.type() == EntityType.HISTORICAL_LOCATION && type == EntityType.LOCATION) {
			link("sensing_historical_location_location", "historical_location_id", parent.id(), "location_id", id);
		}
	}

	private long toOne(JsonNode node, String name, EntityType target, @Nullable Parent parent) {
		if (parent != null && parent.type() == target) {
			return parent.id();
		}
		JsonNode value = node.get(name);
		if (value == null || !value.isObject()) {
			throw InvalidInputException.ofField(name, "must be an entity or a link {\"@iot.id\": ...}");
		}
		return value.has("@iot.id") ? existing(target, value.get("@iot.id")) : insert(target, value, null);
	}

	private List<Long> toMany(JsonNode node, String name, EntityType target) {
		List<Long> ids = new ArrayList<>();
		for (JsonNode value : array(node, name)) {
			ids.add(value.has("@iot.id") ? existing(target, value.get("@iot.id")) : insert(target, value, null));
		}
		return ids;
	}

	private static List<JsonNode> array(JsonNode node, String name) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw InvalidInputException.ofField(name, "must be an array");
		}
		List<JsonNode> items = new ArrayList<>();
		value.forEach(items::add);
		return items;
	}

	private long existing(EntityType type, @Nullable JsonNode id) {
		if (id == null || !id.canConvertToLong()) {
			throw InvalidInputException.ofField(type.singular(), "@iot.id must be a number");
		}
		long value = id.asLong();
		if (jdbc.sql("select count(*) from " + type.table() + " where id = :id").param("id", value).query(Long.class).single() == 0) {
			throw InvalidInputException.ofField(type.singular(), type.singular() + " " + value + " does not exist");
		}
		return value;
	}

	private void link(String table, String leftColumn, long left, String rightColumn, long right) {
		jdbc.sql("insert into " + table + " (" + leftColumn + ", " + rightColumn + ") values (:l, :r) on conflict do nothing")
			.param("l", left).param("r", right).update();
	}

	private void historicalLocation(long thing, List<Long> locations) {
		long id = jdbc.sql("insert into sensing_historical_location (thing_id, time) values (:t, now()) returning id")
			.param("t", thing).query(Long.class).single();
		locations.forEach(location -> link("sensing_historical_location_location", "historical_location_id", id, "location_id", location));
	}
}
