package org.cityos.audit;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/audit/verify}: whether every sealed entry still hashes to its
 * link, how many were checked, the id of the first entry where the chain breaks (an edited
 * entry, or the entry after a removed one), and how many recent entries wait to be sealed.
 */
public record ChainVerification(boolean valid, long checked, @Nullable Long firstBrokenId, long pending) {
}
