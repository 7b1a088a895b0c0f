package org.cityos.registry;

import java.time.Instant;
import java.util.UUID;

/** A comparison no longer found the disagreement: the discrepancy is closed. */
public record DiscrepancyClosed(UUID id, String registry, String providerCode, Instant closedAt) {
}
