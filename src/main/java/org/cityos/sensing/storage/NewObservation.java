package org.cityos.sensing.storage;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An observation that passed validation and waits to be written. Times are truncated to
 * microseconds (PostgreSQL's precision) so the idempotency key compares equal after a round trip.
 * A numeric result is in {@code resultNumber}; any other result is JSON text in {@code resultJson}.
 */
public record NewObservation(long datastreamId, Instant phenomenonTime, @Nullable Instant phenomenonTimeEnd,
		@Nullable Instant resultTime, @Nullable Double resultNumber, @Nullable String resultJson,
		@Nullable String resultQuality, @Nullable Instant validTimeStart, @Nullable Instant validTimeEnd,
		@Nullable String parameters, @Nullable Long featureOfInterestId) {

	public NewObservation {
		phenomenonTime = micros(phenomenonTime);
		phenomenonTimeEnd = phenomenonTimeEnd == null ? null : micros(phenomenonTimeEnd);
		resultTime = resultTime == null ? null : micros(resultTime);
	}

	public static NewObservation measurement(long datastreamId, Instant time, double value) {
		return new NewObservation(datastreamId, time, null, null, value, null, null, null, null, null, null);
	}

	Key key() {
		return new Key(datastreamId, phenomenonTime);
	}

	static Instant micros(Instant time) {
		return time.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	/** The idempotency key. */
	record Key(long datastreamId, Instant phenomenonTime) {
	}
}
