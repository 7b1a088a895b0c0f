package org.cityos.registry.matching;

/**
 * Where the total weight splits into match, review and non-match. Between {@code lower} (inclusive)
 * and {@code upper} (exclusive) is the steward's band: widening it trades automatic decisions for
 * review work, not precision for recall.
 */
public record MatchThresholds(double upper, double lower) {

	/** Checked on the labelled synthetic set, see docs/registry-matching.md. */
	public static final MatchThresholds DEFAULT = new MatchThresholds(14.0, 6.0);

	public MatchThresholds {
		if (Double.isNaN(upper) || Double.isNaN(lower) || lower > upper) {
			throw new IllegalArgumentException("The lower threshold " + lower + " must not exceed the upper " + upper);
		}
	}

	public Decision decide(double weight) {
		if (weight >= upper) {
			return Decision.MATCH;
		}
		return weight >= lower ? Decision.REVIEW : Decision.NON_MATCH;
	}
}
