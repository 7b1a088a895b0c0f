package org.cityos.sensing.storage;

import java.time.Instant;

/**
 * The answer for one submitted observation once it is durable: its id, and whether this submission
 * created it ({@code false}: the same datastream already had an observation at that phenomenon time).
 */
public record StoredObservation(long id, long datastreamId, Instant phenomenonTime, boolean created) {
}
