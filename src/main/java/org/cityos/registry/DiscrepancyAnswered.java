package org.cityos.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of 校核纠错 was taken on a discrepancy: {@code answer} is CONFIRM or DISPUTE by the
 * providing department, UPHOLD_PROVIDER or UPHOLD_AUTHORITY by the bureau's arbitration.
 */
public record DiscrepancyAnswered(UUID id, String registry, String providerCode, String answer, DiscrepancyState state,
		Instant at) {
}
