package org.cityos.sensing.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads Things with their first Location's point, their Datastreams with the latest value, the
 * hour rollups of a kind's datastreams, raw numeric observations, and open alert levels. One
 * query each, whatever the number of sensors.
 */
@Repository
public class SensorReadings {

	private final JdbcClient jdbc;

	SensorReadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A Thing as the overview needs it; {@code lon/lat} from its first Location when that is (or wraps) a GeoJSON point. */
	public record SensorThing(long id, String name, @Nullable String kind, @Nullable Double lon, @Nullable Double lat,
			@Nullable String zone, @Nullable String targetClass, @Nullable String waterBody, @Nullable Double freeFlowSpeed,
			@Nullable Double capacity, List<Reading> readings) {
	}

	/** A Datastream of a Thing with its latest observation (null time and value when it never reported). */
	public record Reading(long datastreamId, String name, String observedProperty, @Nullable String kind,
			@Nullable String unit, @Nullable Instant time, @Nullable Double value) {
	}

	/** One hour rollup bucket of a datastream. */
	public record HourBucket(long thingId, long datastreamId, String observedProperty, Instant start, long count, double sum) {

		public double average() {
			return sum / count;
		}
	}

	/** Things (optionally of one kind) with their Datastreams and latest values, ordered by id. */
	public List<SensorThing> things(@Nullable String kind) {
		Map<Long, SensorThing> things = new LinkedHashMap<>();
		jdbc.sql("""
				select t.id, t.name, coalesce(t.properties ->> 'kind', d.properties ->> 'kind') as thing_kind,
				    loc.lon, loc.lat, t.properties ->> 'zone', t.properties ->> 'targetClass', t.properties ->> 'waterBody',
				    t.properties ->> 'freeFlowSpeed', t.properties ->> 'capacity',
				    d.id as datastream_id, d.name as datastream_name, op.name as property, d.properties ->> 'kind' as datastream_kind,
				    d.unit_of_measurement ->> 'symbol', l.phenomenon_time, l.result_number
				from sensing_thing t
				left join sensing_datastream d on d.thing_id = t.id
				left join sensing_observed_property op on op.id = d.observed_property_id
				left join sensing_latest l on l.datastream_id = d.id
				left join lateral (
				    select (g -> 'coordinates' ->> 0)::float8 as lon, (g -> 'coordinates' ->> 1)::float8 as lat
				    from sensing_thing_location tl join sensing_location sl on sl.id = tl.location_id,
				         lateral (select coalesce(sl.location -> 'geometry', sl.location) as g) geo
				    where tl.thing_id = t.id and g ->> 'type' = 'Point'
				    order by sl.id limit 1) loc on true
				where (cast(:kind as text) is null or coalesce(t.properties ->> 'kind', d.properties ->> 'kind') = :kind)
				order by t.id, d.id""")
			.param("kind", kind)
			.query((ResultSet rs) -> {
				long id = rs.getLong(1);
				SensorThing thing = things.computeIfAbsent(id, key -> {
					try {
						return new SensorThing(id, rs.getString(2), rs.getString(3), number(rs, 4), number(rs, 5), rs.getString(6),
								rs.getString(7), rs.getString(8), parse(rs.getString(9)), parse(rs.getString(10)), new ArrayList<>());
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				long datastream = rs.getLong(11);
				if (!rs.wasNull()) {
					OffsetDateTime time = rs.getObject(16, OffsetDateTime.class);
					thing.readings().add(new Reading(datastream, rs.getString(12), rs.getString(13), rs.getString(14),
							rs.getString(15), time == null ? null : time.toInstant(), number(rs, 17)));
				}
			});
		return new ArrayList<>(things.values());
	}

	/** Hour rollups in [from, to) of the datastreams of a kind. */
	public List<HourBucket> hours(String kind, Instant from, Instant to) {
		return jdbc.sql("""
				select d.thing_id, d.id, op.name, r.bucket, r.count, r.sum
				from sensing_datastream d
				join sensing_observed_property op on op.id = d.observed_property_id
				join sensing_thing t on t.id = d.thing_id
				join sensing_rollup_hour r on r.datastream_id = d.id
				where coalesce(t.properties ->> 'kind', d.properties ->> 'kind') = :kind and r.bucket >= :from and r.bucket < :to
				  and r.count > 0
				order by d.thing_id, d.id, r.bucket""")
			.param("kind", kind).param("from", utc(from)).param("to", utc(to))
			.query((rs, n) -> new HourBucket(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5), rs.getDouble(6)))
			.list();
	}

	/** Numeric observations in [from, to) of one datastream, in time order. */
	public List<double[]> series(long datastream, Instant from, Instant to) {
		return jdbc.sql("""
				select extract(epoch from phenomenon_time) * 1000, result_number from sensing_observation
				where datastream_id = :d and phenomenon_time >= :from and phenomenon_time < :to and result_number is not null
				order by phenomenon_time""")
			.param("d", datastream).param("from", utc(from)).param("to", utc(to))
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.list();
	}

	/** The most severe level of the open alerts per datastream (ids as the alerts store them: text). */
	public Map<String, String> openAlertLevels() {
		Map<String, String> levels = new LinkedHashMap<>();
		jdbc.sql("""
				select datastream_id, max(case level when 'RED' then 4 when 'ORANGE' then 3 when 'YELLOW' then 2 else 1 end)
				from sensing_alert where state <> 'RESOLVED' group by datastream_id""")
			.query((ResultSet rs) -> {
				levels.put(rs.getString(1), switch (rs.getInt(2)) {
					case 4 -> "RED";
					case 3 -> "ORANGE";
					case 2 -> "YELLOW";
					default -> "BLUE";
				});
			});
		return levels;
	}

	private static OffsetDateTime utc(Instant time) {
		return OffsetDateTime.ofInstant(time, ZoneOffset.UTC);
	}

	private static @Nullable Double number(ResultSet rs, int column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Double parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
