package org.cityos.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityos.catalog.sharing.SharingRequest;
import org.jspecify.annotations.Nullable;

/** A sharing request as the API shows it, with department and resource names for people. */
record RequestView(UUID id, String resourceCode, @Nullable String resourceName, int resourceVersion,
		String providerCode, String providerName, String consumerCode, String consumerName, String sharingType,
		String purpose, List<String> items, List<String> unmaskedItems, Instant validUntil, String state,
		String stateLabel, Instant requestedAt, String requestedBy, Instant replyDueAt, boolean overdue,
		@Nullable Instant answeredAt, @Nullable String answeredBy, @Nullable String answerReason,
		@Nullable Boolean answeredOnTime, @Nullable UUID grantId) {

	static RequestView of(SharingRequest r, Map<String, String> departmentNames, @Nullable String resourceName,
			Instant now) {
		return new RequestView(r.id(), r.resourceCode().value(), resourceName, r.resourceVersion(), r.providerCode(),
				departmentNames.getOrDefault(r.providerCode(), r.providerCode()), r.consumerCode(),
				departmentNames.getOrDefault(r.consumerCode(), r.consumerCode()), r.sharingType().name(), r.purpose(),
				r.items(), r.unmaskedItems(), r.validUntil(), r.state().name(), r.state().label(), r.requestedAt(),
				r.requestedBy(), r.replyDueAt(), r.overdueAt(now), r.answeredAt(), r.answeredBy(), r.answerReason(),
				r.answeredAt() == null ? null : r.answeredOnTime(), r.grantId());
	}
}
