package org.cityos.catalog.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.SharingType;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * 共享申请: a consumer department asks a provider for chosen items of a resource, for a stated
 * purpose, until a date.
 * <p>
 * Life cycle: {@code REQUESTED → APPROVED} (with the id of the grant issued) or
 * {@code REQUESTED → REJECTED} (with a reason). It is answered exactly once; answering again is
 * a conflict. A 无条件共享 request is approved by the rule at the moment it is made. While
 * waiting, it is overdue once its reply deadline (working days after the request) has passed.
 * <p>
 * Invariants: {@code items} holds the resource's key items; {@code unmaskedItems} is a subset
 * of {@code items}.
 */
public record SharingRequest(UUID id, ResourceCode resourceCode, int resourceVersion, String providerCode,
		String consumerCode, SharingType sharingType, String purpose, List<String> items, List<String> unmaskedItems,
		Instant validUntil, RequestState state, Instant requestedAt, String requestedBy, Instant replyDueAt,
		@Nullable Instant answeredAt, @Nullable String answeredBy, @Nullable String answerReason, @Nullable UUID grantId) {

	public SharingRequest {
		items = List.copyOf(items);
		unmaskedItems = List.copyOf(unmaskedItems);
		if (!items.containsAll(unmaskedItems)) {
			throw InvalidInputException.ofField("unmaskedItems", "must be among the requested items");
		}
	}

	/** A new request, waiting for the provider's answer. */
	static SharingRequest submitted(ResourceCode resourceCode, int resourceVersion, String providerCode,
			String consumerCode, SharingType sharingType, String purpose, List<String> items, List<String> unmaskedItems,
			Instant validUntil, Instant requestedAt, String requestedBy, Instant replyDueAt) {
		return new SharingRequest(UUID.randomUUID(), resourceCode, resourceVersion, providerCode, consumerCode,
				sharingType, purpose, items, unmaskedItems, validUntil, RequestState.REQUESTED, requestedAt, requestedBy,
				replyDueAt, null, null, null, null);
	}

	/** Approved, and a grant with {@code grantId} issued. */
	SharingRequest approve(UUID grant, String by, Instant at, @Nullable String note) {
		requireWaiting();
		return new SharingRequest(id, resourceCode, resourceVersion, providerCode, consumerCode, sharingType, purpose,
				items, unmaskedItems, validUntil, RequestState.APPROVED, requestedAt, requestedBy, replyDueAt, at, by,
				note, grant);
	}

	/** Rejected: the consumer must be told why. */
	SharingRequest reject(String by, Instant at, String reason) {
		requireWaiting();
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.ofField("reason", "a rejection must state its reason");
		}
		return new SharingRequest(id, resourceCode, resourceVersion, providerCode, consumerCode, sharingType, purpose,
				items, unmaskedItems, validUntil, RequestState.REJECTED, requestedAt, requestedBy, replyDueAt, at, by,
				reason.trim(), null);
	}

	/** Waiting past its reply deadline. */
	public boolean overdueAt(Instant now) {
		return state == RequestState.REQUESTED && now.isAfter(replyDueAt);
	}

	/** Answered by the deadline; false while waiting. */
	public boolean answeredOnTime() {
		return answeredAt != null && !answeredAt.isAfter(replyDueAt);
	}

	private void requireWaiting() {
		if (state != RequestState.REQUESTED) {
			throw new ConflictException("Sharing request " + id + " was already answered (" + state + " "
					+ state.label() + ")");
		}
	}
}
