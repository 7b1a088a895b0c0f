package org.cityos.sensing.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A datastream's numeric values over a time range for charts: the raw observations for short
 * ranges, the minute, hour or day rollups (avg, min, max, count per bucket) for longer ones, so a
 * 30-day chart reads 720 hour rows instead of 43,200 raw ones. Non-numeric results are left out.
 */
@Repository
public class TimeSeries {

	/** At most this many raw observations per answer (the newest of the range). */
	public static final int MAX_RAW_POINTS = 20_000;

	private final JdbcClient jdbc;

	TimeSeries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** RAW, or a rollup table; {@link #choose} picks one per range length. */
	public enum Resolution {
		RAW(null), MINUTE("sensing_rollup_minute"), HOUR("sensing_rollup_hour"), DAY("sensing_rollup_day");

		private final String table;

		Resolution(String table) {
			this.table = table;
		}

		/** Raw up to 3 h, minutes up to 2 days, hours up to 90 days, days beyond: a few hundred to a few thousand points. */
		public static Resolution choose(Duration range) {
			if (range.compareTo(Duration.ofHours(3)) <= 0) {
				return RAW;
			}
			if (range.compareTo(Duration.ofDays(2)) <= 0) {
				return MINUTE;
			}
			return range.compareTo(Duration.ofDays(90)) <= 0 ? HOUR : DAY;
		}
	}

	/** One point: the observation (avg = min = max, count 1) or the bucket starting at {@code time}. */
	public record Point(Instant time, double avg, double min, double max, long count) {
	}

	/** Points in [from, to), oldest first. */
	public List<Point> points(long datastream, Instant from, Instant to, Resolution resolution) {
		if (resolution == Resolution.RAW) {
			List<Point> newestFirst = jdbc.sql("""
					select phenomenon_time, result_number from sensing_observation
					where datastream_id = :datastream and phenomenon_time >= :from and phenomenon_time < :to
					  and result_number is not null
					order by phenomenon_time desc limit :limit""")
				.param("datastream", datastream)
				.param("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
				.param("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
				.param("limit", MAX_RAW_POINTS)
				.query((rs, row) -> {
					double value = rs.getDouble(2);
					return new Point(time(rs), value, value, value, 1);
				})
				.list();
			List<Point> points = new ArrayList<>(newestFirst);
			Collections.reverse(points);
			return points;
		}
		// The table name comes from the enum, never from the request.
		return jdbc.sql("select bucket, sum / count, min, max, count from " + resolution.table
				+ " where datastream_id = :datastream and bucket >= :from and bucket < :to order by bucket")
			.param("datastream", datastream)
			.param("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
			.query((rs, row) -> new Point(time(rs), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5)))
			.list();
	}

	private static Instant time(ResultSet rs) throws SQLException {
		return rs.getObject(1, OffsetDateTime.class).toInstant();
	}
}
