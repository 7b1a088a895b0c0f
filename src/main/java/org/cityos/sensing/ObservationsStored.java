package org.cityos.sensing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Observations were committed (new rows only: a repeated observation is not stored twice and not
 * announced twice). Published by the observation writer inside the batch's transaction, so the
 * event publication registry keeps it with the data; alert rules listen to it.
 *
 * @param observations in the order they were written; {@code value} is null for non-numeric results
 */
public record ObservationsStored(List<Value> observations) {

	public ObservationsStored {
		observations = List.copyOf(observations);
	}

	/** One stored observation, compactly. */
	public record Value(long observationId, long datastreamId, Instant phenomenonTime, @Nullable Double value) {
	}
}
