package org.cityos.sensing.storage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A datastream's {@code observations_version} changes with every write to its observations, in the
 * writing transaction, so that readers keeping its newest observations in memory can tell whether
 * they are still what the table holds. The writer bumps it in its range update
 * ({@link ObservationRows}); every other path that changes stored observations calls this.
 */
public final class ObservationVersions {

	private ObservationVersions() {
	}

	/** After an Observation of the datastream was changed or deleted. */
	public static void changed(JdbcClient jdbc, long datastream) {
		jdbc.sql("update sensing_datastream set observations_version = observations_version + 1 where id = :d")
			.param("d", datastream).update();
	}

	/** Before the observations of a FeatureOfInterest are deleted: every datastream they belong to. */
	public static void changedForFeature(JdbcClient jdbc, long feature) {
		jdbc.sql("""
				update sensing_datastream set observations_version = observations_version + 1
				where id in (select distinct datastream_id from sensing_observation where feature_of_interest_id = :f)""")
			.param("f", feature).update();
	}

	/** After retention dropped old observations of any datastream. */
	static void allChanged(JdbcClient jdbc) {
		jdbc.sql("update sensing_datastream set observations_version = observations_version + 1").update();
	}
}
