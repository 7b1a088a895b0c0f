package org.cityos.catalog.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.ResourceCode;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * 共享授权: lets a consumer department read the named items of a resource through the
 * exchange, for the purpose it stated, until {@code validUntil}. Personal items are masked
 * except those in {@code unmaskedItems}, which the provider approved explicitly.
 * <p>
 * Life cycle: active from issue; revoked by the provider (with a reason) or expired when
 * {@code validUntil} passes — expiry follows from the time, nothing has to run for it. Only an
 * active grant can be revoked.
 */
public record Grant(UUID id, UUID requestId, ResourceCode resourceCode, String providerCode, String consumerCode,
		String purpose, List<String> items, List<String> unmaskedItems, Instant grantedAt, String grantedBy,
		Instant validUntil, @Nullable Instant revokedAt, @Nullable String revokedBy, @Nullable String revokeReason) {

	public Grant {
		items = List.copyOf(items);
		unmaskedItems = List.copyOf(unmaskedItems);
	}

	/** The grant an approved request leads to. */
	static Grant issueFor(SharingRequest request, List<String> unmaskedItems, Instant validUntil, Instant at, String by) {
		return new Grant(UUID.randomUUID(), request.id(), request.resourceCode(), request.providerCode(),
				request.consumerCode(), request.purpose(), request.items(), unmaskedItems, at, by, validUntil, null, null,
				null);
	}

	public GrantState stateAt(Instant now) {
		if (revokedAt != null) {
			return GrantState.REVOKED;
		}
		return now.isBefore(validUntil) ? GrantState.ACTIVE : GrantState.EXPIRED;
	}

	public boolean liveAt(Instant now) {
		return stateAt(now) == GrantState.ACTIVE;
	}

	Grant revoke(String by, Instant at, String reason) {
		GrantState state = stateAt(at);
		if (state != GrantState.ACTIVE) {
			throw new ConflictException("Grant " + id + " is no longer active (" + state + " " + state.label() + ")");
		}
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.ofField("reason", "a revocation must state its reason");
		}
		return new Grant(id, requestId, resourceCode, providerCode, consumerCode, purpose, items, unmaskedItems,
				grantedAt, grantedBy, validUntil, at, by, reason.trim());
	}
}
