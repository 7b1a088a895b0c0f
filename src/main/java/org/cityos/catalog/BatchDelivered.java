package org.cityos.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivered batch was validated and its outcome committed. {@code accepted} rows are now in
 * the data table of {@code version} (zero when the batch was rejected whole, in which case
 * nothing changed); {@code rejected} rows are listed in the delivery report.
 */
public record BatchDelivered(UUID deliveryId, ResourceCode resourceCode, int version, String providerCode,
		DeliveryMode mode, long accepted, long rejected, Instant deliveredAt) {
}
