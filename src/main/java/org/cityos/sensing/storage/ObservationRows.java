package org.cityos.sensing.storage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityos.sensing.storage.NewObservation.Key;

/**
 * The SQL of writing observations: one multi-row {@code INSERT ... SELECT FROM unnest(arrays)
 * ON CONFLICT DO NOTHING} for the rows, then the latest values, the minute/hour/day rollups and the
 * datastreams' time ranges from the rows actually created, all on the caller's connection and in
 * its transaction (the follow-ups in one round trip, {@link StatementChain}). Repeated observations are looked up, not written: the same answer, no new row,
 * no double count in the rollups.
 */
final class ObservationRows {

	private static final String INSERT = """
			insert into sensing_observation (datastream_id, phenomenon_time, phenomenon_time_end, result_time, result_number,
			    result_json, result_quality, valid_time_start, valid_time_end, parameters, feature_of_interest_id)
			select d, cast(p as timestamptz), cast(pe as timestamptz), cast(r as timestamptz), n, cast(j as jsonb), cast(q as jsonb),
			    cast(vs as timestamptz), cast(ve as timestamptz), cast(pa as jsonb), f
			from unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int8[])
			    as k(d, p, pe, r, n, j, q, vs, ve, pa, f)
			on conflict (datastream_id, phenomenon_time) do nothing
			returning id, datastream_id, phenomenon_time""";

	private static final String EXISTING = """
			select o.id, o.datastream_id, o.phenomenon_time from sensing_observation o
			join unnest(?::int8[], ?::text[]) as k(d, p) on o.datastream_id = k.d and o.phenomenon_time = cast(k.p as timestamptz)""";

	private static final String LATEST = """
			insert into sensing_latest (datastream_id, observation_id, phenomenon_time, result_number, result_json, received_at)
			select d, o, cast(p as timestamptz), n, cast(j as jsonb), now() from unnest(?::int8[], ?::int8[], ?::text[], ?::float8[], ?::text[]) as k(d, o, p, n, j)
			on conflict (datastream_id) do update set observation_id = excluded.observation_id, phenomenon_time = excluded.phenomenon_time,
			    result_number = excluded.result_number, result_json = excluded.result_json, received_at = excluded.received_at
			where excluded.phenomenon_time >= sensing_latest.phenomenon_time""";

	private static final String ROLLUP = """
			insert into %s (datastream_id, bucket, count, sum, min, max)
			select d, cast(b as timestamptz), c, s, mi, ma from unnest(?::int8[], ?::text[], ?::int8[], ?::float8[], ?::float8[], ?::float8[]) as k(d, b, c, s, mi, ma)
			on conflict (datastream_id, bucket) do update set count = %1$s.count + excluded.count, sum = %1$s.sum + excluded.sum,
			    min = least(%1$s.min, excluded.min), max = greatest(%1$s.max, excluded.max)""";

	private static final String RANGES = """
			update sensing_datastream ds set
			    phenomenon_time_start = least(ds.phenomenon_time_start, cast(k.ps as timestamptz)),
			    phenomenon_time_end = greatest(ds.phenomenon_time_end, cast(k.pe as timestamptz)),
			    result_time_start = least(ds.result_time_start, cast(k.rs as timestamptz)),
			    result_time_end = greatest(ds.result_time_end, cast(k.re as timestamptz)),
			    observations_version = ds.observations_version + 1
			from unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::text[]) as k(d, ps, pe, rs, re)
			where ds.id = k.d""";

	private ObservationRows() {
	}

	/** Writes the observations; answers one stored observation per input, in input order. */
	static List<StoredObservation> insert(Connection connection, List<NewObservation> observations, ZoneId zone)
			throws SQLException {
		int n = observations.size();
		Long[] datastreams = new Long[n];
		String[] times = new String[n];
		String[] timeEnds = new String[n];
		String[] resultTimes = new String[n];
		Double[] numbers = new Double[n];
		String[] json = new String[n];
		String[] quality = new String[n];
		String[] validStarts = new String[n];
		String[] validEnds = new String[n];
		String[] parameters = new String[n];
		Long[] features = new Long[n];
		for (int i = 0; i < n; i++) {
			NewObservation o = observations.get(i);
			datastreams[i] = o.datastreamId();
			times[i] = o.phenomenonTime().toString();
			timeEnds[i] = text(o.phenomenonTimeEnd());
			resultTimes[i] = text(o.resultTime());
			numbers[i] = o.resultNumber();
			json[i] = o.resultJson();
			quality[i] = o.resultQuality();
			validStarts[i] = text(o.validTimeStart());
			validEnds[i] = text(o.validTimeEnd());
			parameters[i] = o.parameters();
			features[i] = o.featureOfInterestId();
		}
		Map<Key, StoredObservation> stored = new HashMap<>();
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			Object[][] columns = { datastreams, times, timeEnds, resultTimes, numbers, json, quality, validStarts, validEnds,
					parameters, features };
			String[] types = { "int8", "text", "text", "text", "float8", "text", "text", "text", "text", "text", "int8" };
			for (int c = 0; c < columns.length; c++) {
				insert.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
			}
			try (ResultSet rows = insert.executeQuery()) {
				while (rows.next()) {
					StoredObservation created = new StoredObservation(rows.getLong(1), rows.getLong(2),
							NewObservation.micros(rows.getObject(3, java.time.OffsetDateTime.class).toInstant()), true);
					stored.put(new Key(created.datastreamId(), created.phenomenonTime()), created);
				}
			}
		}
		List<NewObservation> created = new ArrayList<>();
		List<Integer> repeated = new ArrayList<>();
		Map<Key, Boolean> claimed = new HashMap<>();
		for (int i = 0; i < n; i++) {
			Key key = observations.get(i).key();
			if (stored.containsKey(key) && claimed.putIfAbsent(key, Boolean.TRUE) == null) {
				created.add(observations.get(i));
			}
			else {
				repeated.add(i);
			}
		}
		if (!repeated.isEmpty()) {
			lookUpExisting(connection, observations, repeated, stored);
		}
		List<StoredObservation> answers = new ArrayList<>(n);
		Map<Key, Boolean> answered = new HashMap<>();
		for (NewObservation o : observations) {
			StoredObservation s = stored.get(o.key());
			boolean first = answered.putIfAbsent(o.key(), Boolean.TRUE) == null;
			answers.add(first ? s : new StoredObservation(s.id(), s.datastreamId(), s.phenomenonTime(), false));
		}
		if (!created.isEmpty()) {
			StatementChain followUps = new StatementChain();
			updateLatest(followUps, created, stored);
			Rollups.add(followUps, created, zone);
			int named = updateRanges(followUps, created);
			List<Integer> counts = followUps.execute(connection);
			// the ranges update, last, finds every datastream unless one was deleted (through another
			// instance, whose deletion this one's ingest cache has not learnt of yet); it fails the transaction
			if (counts.get(counts.size() - 1) < named) {
				throw new RejectedObservation("The Datastream no longer exists");
			}
		}
		return answers;
	}

	private static void lookUpExisting(Connection connection, List<NewObservation> observations, List<Integer> repeated,
			Map<Key, StoredObservation> stored) throws SQLException {
		Long[] datastreams = new Long[repeated.size()];
		String[] times = new String[repeated.size()];
		for (int i = 0; i < repeated.size(); i++) {
			datastreams[i] = observations.get(repeated.get(i)).datastreamId();
			times[i] = observations.get(repeated.get(i)).phenomenonTime().toString();
		}
		try (PreparedStatement select = connection.prepareStatement(EXISTING)) {
			select.setArray(1, connection.createArrayOf("int8", datastreams));
			select.setArray(2, connection.createArrayOf("text", times));
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Instant time = NewObservation.micros(rows.getObject(3, java.time.OffsetDateTime.class).toInstant());
					Key key = new Key(rows.getLong(2), time);
					stored.putIfAbsent(key, new StoredObservation(rows.getLong(1), key.datastreamId(), time, false));
				}
			}
		}
	}

	private static void updateLatest(StatementChain chain, List<NewObservation> created, Map<Key, StoredObservation> stored) {
		Map<Long, NewObservation> latest = new LinkedHashMap<>();
		for (NewObservation o : created) {
			latest.merge(o.datastreamId(), o, (a, b) -> b.phenomenonTime().isAfter(a.phenomenonTime()) ? b : a);
		}
		int n = latest.size();
		Long[] datastreams = new Long[n];
		Long[] ids = new Long[n];
		String[] times = new String[n];
		Double[] numbers = new Double[n];
		String[] json = new String[n];
		int i = 0;
		for (NewObservation o : latest.values()) {
			datastreams[i] = o.datastreamId();
			ids[i] = stored.get(o.key()).id();
			times[i] = o.phenomenonTime().toString();
			numbers[i] = o.resultNumber();
			json[i] = o.resultJson();
			i++;
		}
		chain.add(LATEST, new String[] { "int8", "int8", "text", "float8", "text" }, datastreams, ids, times, numbers, json);
	}

	static void upsertRollup(StatementChain chain, String table, List<Rollups.Bucket> buckets) {
		int n = buckets.size();
		Long[] datastreams = new Long[n];
		String[] starts = new String[n];
		Long[] counts = new Long[n];
		Double[] sums = new Double[n];
		Double[] mins = new Double[n];
		Double[] maxs = new Double[n];
		for (int i = 0; i < n; i++) {
			Rollups.Bucket b = buckets.get(i);
			datastreams[i] = b.datastreamId();
			starts[i] = b.start().toString();
			counts[i] = b.count();
			sums[i] = b.sum();
			mins[i] = b.min();
			maxs[i] = b.max();
		}
		chain.add(ROLLUP.formatted(table), new String[] { "int8", "text", "int8", "float8", "float8", "float8" }, datastreams, starts,
				counts, sums, mins, maxs);
	}

	/** Adds the update of the datastreams' time ranges and observations versions; answers how many datastreams it names. */
	private static int updateRanges(StatementChain chain, List<NewObservation> created) {
		Map<Long, Instant[]> ranges = new LinkedHashMap<>();
		for (NewObservation o : created) {
			Instant end = o.phenomenonTimeEnd() == null ? o.phenomenonTime() : o.phenomenonTimeEnd();
			Instant[] range = ranges.computeIfAbsent(o.datastreamId(), id -> new Instant[] { o.phenomenonTime(), end, null, null });
			range[0] = min(range[0], o.phenomenonTime());
			range[1] = max(range[1], end);
			range[2] = min(range[2], o.resultTime());
			range[3] = max(range[3], o.resultTime());
		}
		int n = ranges.size();
		Long[] datastreams = new Long[n];
		String[][] columns = new String[4][n];
		int i = 0;
		for (Map.Entry<Long, Instant[]> e : ranges.entrySet()) {
			datastreams[i] = e.getKey();
			for (int c = 0; c < 4; c++) {
				columns[c][i] = text(e.getValue()[c]);
			}
			i++;
		}
		chain.add(RANGES, new String[] { "int8", "text", "text", "text", "text" }, datastreams, columns[0], columns[1], columns[2],
				columns[3]);
		return n;
	}

	private static Instant min(Instant a, Instant b) {
		return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
	}

	private static String text(Instant time) {
		return time == null ? null : time.toString();
	}

	static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}
}
