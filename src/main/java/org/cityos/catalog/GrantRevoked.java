package org.cityos.catalog;

import java.time.Instant;
import java.util.UUID;

/** The provider (or the big data bureau) withdrew a grant; the consumer's reads stop at once on this instance. */
public record GrantRevoked(UUID grantId, ResourceCode resourceCode, String providerCode, String consumerCode,
		String reason, String revokedBy, Instant revokedAt) {
}
