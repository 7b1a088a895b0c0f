package org.cityos.sensing.sta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The newest observations of the datastreams read most, as "latest N" charts and dashboards ask
 * for them ({@code Datastreams(id)/Observations?$orderby=phenomenonTime desc&$top=N}), each kept
 * with the datastream's {@code observations_version}. Every write to a datastream's observations
 * changes that version in its own transaction (the writer's range update, PATCH and DELETE,
 * retention), so rows kept at the version a reader has just read are exactly what the table holds
 * — on this instance and whichever instance wrote. A page is answered from memory only then.
 * <p>
 * At most {@link #DATASTREAMS} datastreams (least recently read go first) of {@link #ROWS} rows
 * each: a few tens of megabytes at most.
 */
final class NewestObservations {

	/** A page of 100 and the row that tells whether more follow. */
	static final int ROWS = 101;

	static final int DATASTREAMS = 500;

	private record Kept(long version, List<EntityRow> rows, boolean all) {
	}

	private final Map<Long, Kept> kept = new LinkedHashMap<>(DATASTREAMS * 2, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
			return size() > DATASTREAMS;
		}
	};

	/** The page kept for this version of the datastream's observations, or null. */
	@Nullable List<EntityRow> page(long datastream, long version, int limit, int skip) {
		Kept k;
		synchronized (kept) {
			k = kept.get(datastream);
		}
		if (k == null || k.version() != version) {
			return null;
		}
		int size = k.rows().size();
		if ((long) skip + limit <= size) {
			return k.rows().subList(skip, skip + limit);
		}
		return k.all() ? k.rows().subList(Math.min(skip, size), size) : null;
	}

	/**
	 * Keeps the newest rows of a datastream read after reading its version ({@code rows}: the
	 * first {@code asked} rows newest first; fewer are all it has).
	 */
	void keep(long datastream, long version, List<EntityRow> rows, int asked) {
		Kept k = new Kept(version, List.copyOf(rows.size() > ROWS ? rows.subList(0, ROWS) : rows),
				rows.size() < asked && rows.size() <= ROWS);
		synchronized (kept) {
			Kept present = kept.get(datastream);
			if (present == null || present.version() <= version) {
				kept.put(datastream, k);
			}
		}
	}
}
