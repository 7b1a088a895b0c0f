package org.cityos.demo.sensing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.sensing.SensorRegistry.RegisteredSensor;
import org.cityos.shared.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The demo's simulated sensors ({@code demo_sensor}) and the simulation's clock and incidents ({@code demo_sensor_simulation}). */
@Repository
class SimulatedSensors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Long>> DATASTREAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	SimulatedSensors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return jdbc.sql("select count(*) from demo_sensor").query(Long.class).single();
	}

	void add(SensorSiting.Sited sited, RegisteredSensor registered) {
		jdbc.sql("""
				insert into demo_sensor (number, kind, thing_id, name, lon, lat, district_code, zone, target_class,
				    free_flow_speed, capacity, datastreams)
				values (:number, :kind, :thing, :name, :lon, :lat, :district, :zone, :target, :freeFlow, :capacity, cast(:ds as jsonb))
				""")
			.param("number", sited.number()).param("kind", registered.kind()).param("thing", registered.thingId())
			.param("name", registered.name()).param("lon", registered.place().lon()).param("lat", registered.place().lat())
			.param("district", sited.districtCode()).param("zone", sited.zone()).param("target", sited.targetClass())
			.param("freeFlow", sited.freeFlowSpeed()).param("capacity", sited.capacity())
			.param("ds", JSON.writeValueAsString(registered.datastreams())).update();
	}

	List<DemoSensor> all() {
		return jdbc.sql("""
				select number, kind, thing_id, name, lon, lat, district_code, zone, target_class, free_flow_speed, capacity,
				       datastreams::text as datastreams
				from demo_sensor order by number""")
			.query((rs, row) -> new DemoSensor(rs.getInt("number"), DemoSensorKind.of(rs.getString("kind")),
					rs.getLong("thing_id"), rs.getString("name"), new GeoPoint(rs.getDouble("lon"), rs.getDouble("lat")),
					rs.getString("district_code"), rs.getString("zone"), rs.getString("target_class"),
					(Double) rs.getObject("free_flow_speed"), (Integer) rs.getObject("capacity"),
					new LinkedHashMap<>(JSON.readValue(rs.getString("datastreams"), DATASTREAMS))))
			.list();
	}

	/** The simulation's state, if the sensors are installed. */
	Optional<Simulation> simulation() {
		return jdbc.sql("select episode_start, episode_district, backfilled_until, last_tick_at from demo_sensor_simulation where id = 1")
			.query((rs, row) -> new Simulation(new Incidents(rs.getTimestamp("episode_start").toInstant(),
					rs.getString("episode_district")), instant(rs.getTimestamp("backfilled_until")),
					instant(rs.getTimestamp("last_tick_at"))))
			.optional();
	}

	void start(Incidents incidents) {
		jdbc.sql("""
				insert into demo_sensor_simulation (id, episode_start, episode_district) values (1, :start, :district)
				on conflict (id) do nothing""")
			.param("start", Timestamp.from(incidents.episodeStart())).param("district", incidents.episodeDistrict()).update();
	}

	void backFilled(Instant until) {
		jdbc.sql("update demo_sensor_simulation set backfilled_until = :t, last_tick_at = :t where id = 1")
			.param("t", Timestamp.from(until)).update();
	}

	void ticked(Instant at) {
		jdbc.sql("update demo_sensor_simulation set last_tick_at = :t where id = 1").param("t", Timestamp.from(at)).update();
	}

	private static @org.jspecify.annotations.Nullable Instant instant(@org.jspecify.annotations.Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	record Simulation(Incidents incidents, @org.jspecify.annotations.Nullable Instant backfilledUntil,
			@org.jspecify.annotations.Nullable Instant lastTickAt) {
	}
}
