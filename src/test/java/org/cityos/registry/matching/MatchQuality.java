package org.cityos.registry.matching;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Precision and recall of a matcher's decisions against the truth of a labelled set. Only
 * automatic {@link Decision#MATCH}es count as links; a wrong link is a false positive and, when
 * the record had a true partner, also a false negative. Reviews are counted separately, together
 * with how many of them name the right partner (what a steward would confirm).
 */
record MatchQuality(int truePositives, int falsePositives, int falseNegatives, int reviews, int reviewsRight,
		int records) {

	static MatchQuality of(List<MatchResult> results, Map<String, String> truth) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int reviews = 0;
		int reviewsRight = 0;
		for (MatchResult result : results) {
			String partner = truth.get(result.recordReference());
			Candidate best = result.best();
			@Nullable String linked = best == null ? null : best.reference();
			boolean right = partner != null && partner.equals(linked);
			switch (result.decision()) {
				case MATCH -> {
					if (right) {
						tp++;
					}
					else {
						fp++;
						fn += partner != null ? 1 : 0;
					}
				}
				case REVIEW -> {
					reviews++;
					reviewsRight += right ? 1 : 0;
					fn += partner != null ? 1 : 0;
				}
				case NON_MATCH -> fn += partner != null ? 1 : 0;
			}
		}
		return new MatchQuality(tp, fp, fn, reviews, reviewsRight, results.size());
	}

	double precision() {
		return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
	}

	double recall() {
		return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
	}

	double f1() {
		return 2 * precision() * recall() / (precision() + recall());
	}

	double reviewShare() {
		return (double) reviews / records;
	}

	/** Recall once a steward has confirmed the right partners in the review band. */
	double recallAfterReview() {
		return (double) (truePositives + reviewsRight) / (truePositives + falseNegatives);
	}

	@Override
	public String toString() {
		return "precision %.4f, recall %.4f, F1 %.4f, review band %.2f%% of %d records (%d right partner), recall after review %.4f"
			.formatted(precision(), recall(), f1(), 100 * reviewShare(), records, reviewsRight, recallAfterReview());
	}
}
