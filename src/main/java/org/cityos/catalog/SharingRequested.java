package org.cityos.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * A department asked to use a resource (共享申请). For 有条件共享 the provider must answer by
 * {@code replyDueAt} (working days, see the calendar); an unconditional request is followed at
 * once by its {@link RequestAnswered} and {@link GrantIssued}.
 */
public record SharingRequested(UUID requestId, ResourceCode resourceCode, String providerCode, String consumerCode,
		SharingType sharingType, Instant requestedAt, Instant replyDueAt) {
}
