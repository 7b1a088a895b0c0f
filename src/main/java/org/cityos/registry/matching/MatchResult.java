package org.cityos.registry.matching;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of matching one record against the reference set.
 *
 * @param recordReference the matched record's reference
 * @param best the highest-weighted candidate, null when blocking found none
 */
public record MatchResult(String recordReference, Decision decision, @Nullable Candidate best) {

	public MatchResult {
		if (best == null && decision != Decision.NON_MATCH) {
			throw new IllegalArgumentException("Only a non-match may come without a candidate");
		}
	}
}
