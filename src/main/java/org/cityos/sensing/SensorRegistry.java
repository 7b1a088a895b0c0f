package org.cityos.sensing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.cityos.sensing.storage.DatastreamDirectory;
import org.cityos.sensing.storage.NewObservation;
import org.cityos.sensing.storage.ObservationWriter;
import org.cityos.shared.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The sensing module's entry point for other modules (a department's device inventory, the demo
 * simulator): register sensors in bulk — each a SensorThings Thing with one Location point and one
 * Datastream per quantity — and submit numeric readings through the one observation writer
 * (durable when the future completes). The SensorThings API remains the way for everything else.
 */
@Service
public class SensorRegistry {

	private static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ObservationWriter writer;

	private final DatastreamDirectory directory;

	SensorRegistry(JdbcClient jdbc, ObservationWriter writer, DatastreamDirectory directory) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.directory = directory;
	}

	/** A sensor to register: kind (air, noise, ...), Thing properties besides kind, and its quantities. */
	public record NewSensor(String name, String kind, GeoPoint place, Map<String, Object> properties, List<Quantity> quantities) {
	}

	/** One Datastream: the ObservedProperty's name (PM2_5, LAEQ, ...) and the unit symbol. */
	public record Quantity(String observedProperty, String unit) {
	}

	/** The registered Thing and its Datastream id per observed property name. */
	public record RegisteredSensor(long thingId, String name, String kind, GeoPoint place, Map<String, Long> datastreams) {
	}

	/** One numeric reading of a datastream. */
	public record Reading(long datastreamId, Instant time, double value) {
	}

	/** Registers the sensors in one transaction (all or nothing); Sensors and ObservedProperties are shared by name. */
	@Transactional
	public List<RegisteredSensor> register(List<NewSensor> sensors) {
		Map<String, Long> properties = new LinkedHashMap<>();
		Map<String, Long> sensorModels = new LinkedHashMap<>();
		List<RegisteredSensor> out = new ArrayList<>(sensors.size());
		for (NewSensor sensor : sensors) {
			Map<String, Object> thingProperties = new LinkedHashMap<>(sensor.properties());
			thingProperties.put("kind", sensor.kind());
			long thing = jdbc.sql("insert into sensing_thing (name, description, properties) values (:n, :d, cast(:p as jsonb)) returning id")
				.param("n", sensor.name()).param("d", sensor.kind()).param("p", JSON.writeValueAsString(thingProperties))
				.query(Long.class).single();
			String point = "{\"type\":\"Point\",\"coordinates\":[" + sensor.place().lon() + "," + sensor.place().lat() + "]}";
			long location = jdbc.sql("""
					insert into sensing_location (name, description, encoding_type, location)
					values (:n, '', 'application/geo+json', cast(:l as jsonb)) returning id""")
				.param("n", sensor.name()).param("l", point).query(Long.class).single();
			jdbc.sql("insert into sensing_thing_location (thing_id, location_id) values (:t, :l)").param("t", thing).param("l", location).update();
			long historical = jdbc.sql("insert into sensing_historical_location (thing_id, time) values (:t, now()) returning id")
				.param("t", thing).query(Long.class).single();
			jdbc.sql("insert into sensing_historical_location_location (historical_location_id, location_id) values (:h, :l)")
				.param("h", historical).param("l", location).update();
			long model = sensorModels.computeIfAbsent(sensor.kind(), kind -> jdbc.sql("""
					insert into sensing_sensor (name, description, encoding_type, metadata) values (:n, :n, 'text/html', '') returning id""")
				.param("n", kind + " sensor").query(Long.class).single());
			Map<String, Long> datastreams = new LinkedHashMap<>();
			for (Quantity quantity : sensor.quantities()) {
				long property = properties.computeIfAbsent(quantity.observedProperty(), name -> jdbc.sql("""
						insert into sensing_observed_property (name, definition, description) values (:n, :n, '') returning id""")
					.param("n", name).query(Long.class).single());
				long datastream = jdbc.sql("""
						insert into sensing_datastream (name, description, observation_type, unit_of_measurement, properties,
						    thing_id, sensor_id, observed_property_id)
						values (:n, '', :t, cast(:u as jsonb), cast(:p as jsonb), :thing, :sensor, :property) returning id""")
					.param("n", sensor.name() + " " + quantity.observedProperty()).param("t", MEASUREMENT)
					.param("u", JSON.writeValueAsString(Map.of("name", quantity.unit(), "symbol", quantity.unit(), "definition", "")))
					.param("p", "{\"kind\":\"" + sensor.kind() + "\"}").param("thing", thing).param("sensor", model)
					.param("property", property).query(Long.class).single();
				datastreams.put(quantity.observedProperty(), datastream);
			}
			out.add(new RegisteredSensor(thing, sensor.name(), sensor.kind(), sensor.place(), datastreams));
		}
		directory.forgetAll();
		return out;
	}

	/** Submits readings to the observation writer; completes once durable. Refuses at once when the writer is full. */
	public CompletableFuture<?> submit(List<Reading> readings) {
		return writer.submit(observations(readings));
	}

	/**
	 * Submits readings, waiting (without holding a thread) for room in the writer's queue instead of
	 * refusing: for bulk producers that bound what they have in flight themselves (the demo back-fill).
	 * Completes once durable.
	 */
	public CompletableFuture<?> submitWhenRoom(List<Reading> readings) {
		return writer.submitWhenRoom(observations(readings));
	}

	private static List<NewObservation> observations(List<Reading> readings) {
		List<NewObservation> observations = new ArrayList<>(readings.size());
		for (Reading reading : readings) {
			observations.add(NewObservation.measurement(reading.datastreamId(), reading.time(), reading.value()));
		}
		return observations;
	}
}
