package org.cityos.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A resource's next delivery did not arrive by the time its update cycle promised. Published
 * once per overdue period (a later delivery starts a new period).
 */
public record DeliveryOverdue(ResourceCode resourceCode, String providerCode, UpdateCycle updateCycle,
		Instant expectedAt, @Nullable Instant lastDeliveredAt) {
}
