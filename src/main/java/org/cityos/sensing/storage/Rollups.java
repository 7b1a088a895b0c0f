package org.cityos.sensing.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Minute, hour and day rollups (count, sum, min, max) of numeric results. Added to incrementally
 * by each write from the rows it created; rebuilt from raw data for a bucket whose observations were
 * changed or deleted through the SensorThings API. Day buckets start at the city's local midnight.
 */
public final class Rollups {

	private Rollups() {
	}

	/** One bucket's additions. */
	record Bucket(long datastreamId, Instant start, long count, double sum, double min, double max) {

		Bucket plus(double value) {
			return new Bucket(datastreamId, start, count + 1, sum + value, Math.min(min, value), Math.max(max, value));
		}
	}

	static void add(StatementChain chain, List<NewObservation> created, ZoneId zone) {
		Map<List<Object>, Bucket> minutes = new LinkedHashMap<>();
		Map<List<Object>, Bucket> hours = new LinkedHashMap<>();
		Map<List<Object>, Bucket> days = new LinkedHashMap<>();
		for (NewObservation o : created) {
			if (o.resultNumber() == null) {
				continue;
			}
			double value = o.resultNumber();
			Instant time = o.phenomenonTime();
			accumulate(minutes, o.datastreamId(), time.truncatedTo(ChronoUnit.MINUTES), value);
			accumulate(hours, o.datastreamId(), time.truncatedTo(ChronoUnit.HOURS), value);
			accumulate(days, o.datastreamId(), dayStart(time, zone), value);
		}
		if (!minutes.isEmpty()) {
			ObservationRows.upsertRollup(chain, "sensing_rollup_minute", new ArrayList<>(minutes.values()));
			ObservationRows.upsertRollup(chain, "sensing_rollup_hour", new ArrayList<>(hours.values()));
			ObservationRows.upsertRollup(chain, "sensing_rollup_day", new ArrayList<>(days.values()));
		}
	}

	private static void accumulate(Map<List<Object>, Bucket> buckets, long datastream, Instant start, double value) {
		buckets.merge(List.of(datastream, start), new Bucket(datastream, start, 1, value, value, value),
				(a, b) -> a.plus(value));
	}

	static Instant dayStart(Instant time, ZoneId zone) {
		return time.atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
	}

	/** Rebuilds the three buckets holding {@code time} of a datastream from its raw observations. */
	public static void rebuild(JdbcClient jdbc, long datastream, Instant time, ZoneId zone) {
		rebuild(jdbc, "sensing_rollup_minute", datastream, time.truncatedTo(ChronoUnit.MINUTES), time.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60));
		rebuild(jdbc, "sensing_rollup_hour", datastream, time.truncatedTo(ChronoUnit.HOURS), time.truncatedTo(ChronoUnit.HOURS).plusSeconds(3600));
		Instant day = dayStart(time, zone);
		rebuild(jdbc, "sensing_rollup_day", datastream, day, day.atZone(zone).plusDays(1).toInstant());
	}

	private static void rebuild(JdbcClient jdbc, String table, long datastream, Instant start, Instant end) {
		var from = java.time.OffsetDateTime.ofInstant(start, java.time.ZoneOffset.UTC);
		var to = java.time.OffsetDateTime.ofInstant(end, java.time.ZoneOffset.UTC);
		jdbc.sql("delete from " + table + " where datastream_id = :d and bucket = :b").param("d", datastream).param("b", from).update();
		jdbc.sql("insert into " + table + " (datastream_id, bucket, count, sum, min, max) "
				+ "select :d, :b, count(*), sum(result_number), min(result_number), max(result_number) from sensing_observation "
				+ "where datastream_id = :d and phenomenon_time >= :b and phenomenon_time < :e and result_number is not null having count(*) > 0")
			.param("d", datastream).param("b", from).param("e", to).update();
	}
}
