package org.cityos.catalog;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The provider answered a sharing request: approved (a grant follows) or rejected with a
 * reason. {@code automatic} for 无条件共享, approved by the rule rather than by a person;
 * {@code onTime} whether the answer came by the reply deadline (the scorecard counts it).
 */
public record RequestAnswered(UUID requestId, ResourceCode resourceCode, String providerCode, String consumerCode,
		boolean approved, boolean automatic, @Nullable String reason, Instant answeredAt, boolean onTime) {
}
