package org.cityos.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityos.catalog.sharing.Grant;
import org.cityos.catalog.sharing.GrantState;
import org.jspecify.annotations.Nullable;

/** A grant as the API shows it; {@code state} is ACTIVE, REVOKED or EXPIRED at the time of the answer. */
record GrantView(UUID id, UUID requestId, String resourceCode, @Nullable String resourceName, String providerCode,
		String providerName, String consumerCode, String consumerName, String purpose, List<String> items,
		List<String> unmaskedItems, Instant grantedAt, String grantedBy, Instant validUntil, String state,
		String stateLabel, @Nullable Instant revokedAt, @Nullable String revokedBy, @Nullable String revokeReason) {

	static GrantView of(Grant g, Map<String, String> departmentNames, @Nullable String resourceName, Instant now) {
		GrantState state = g.stateAt(now);
		return new GrantView(g.id(), g.requestId(), g.resourceCode().value(), resourceName, g.providerCode(),
				departmentNames.getOrDefault(g.providerCode(), g.providerCode()), g.consumerCode(),
				departmentNames.getOrDefault(g.consumerCode(), g.consumerCode()), g.purpose(), g.items(),
				g.unmaskedItems(), g.grantedAt(), g.grantedBy(), g.validUntil(), state.name(), state.label(),
				g.revokedAt(), g.revokedBy(), g.revokeReason());
	}
}
