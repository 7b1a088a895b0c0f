package org.cityos.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consumer department may now read {@code items} of a resource through the exchange until {@code validUntil}. */
public record GrantIssued(UUID grantId, UUID requestId, ResourceCode resourceCode, String providerCode,
		String consumerCode, List<String> items, List<String> unmaskedItems, Instant validUntil) {

	public GrantIssued {
		items = List.copyOf(items);
		unmaskedItems = List.copyOf(unmaskedItems);
	}
}
