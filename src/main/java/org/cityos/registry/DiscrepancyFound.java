package org.cityos.registry;

import java.time.Instant;
import java.util.UUID;

/** A comparison found a new discrepancy; it is now a work item of {@code providerCode}. */
public record DiscrepancyFound(UUID id, String registry, String key, String attribute, DiscrepancyKind kind,
		String providerCode, Instant foundAt) {
}
