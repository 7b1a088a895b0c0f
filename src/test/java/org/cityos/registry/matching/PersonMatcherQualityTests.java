package org.cityos.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityos.registry.matching.SyntheticPeople.LabelledSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The measured report of the issue: precision and recall of the default model and thresholds on
 * the labelled synthetic set (20,000 reference people; 15,000 noisy copies and 5,000 look-alike
 * strangers arriving from another department). The figures are printed and quoted in
 * docs/registry-matching.md.
 */
class PersonMatcherQualityTests {

	static LabelledSet set;

	static PersonMatcher matcher;

	static ReviewQueue queue;

	static List<MatchResult> results;

	@BeforeAll
	static void matchTheLabelledSet() {
		set = SyntheticPeople.generate(20261124L, 20_000, 15_000, 5_000);
		matcher = new PersonMatcher(set.reference(), MatchModel.defaults(), MatchThresholds.DEFAULT);
		queue = new ReviewQueue();
		results = matcher.matchAll(set.incoming(), queue);
	}

	@Test
	void reachesPrecisionAndRecallOfNinetyFivePercent() {
		MatchQuality quality = MatchQuality.of(results, set.truth());
		System.out.println("Registry matching on the labelled set: " + quality);
		assertThat(quality.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(quality.recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(quality.f1()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void sendsTheUncertainBandAndOnlyItToReview() {
		long reviews = results.stream().filter(r -> r.decision() == Decision.REVIEW).count();
		assertThat(queue.size()).isEqualTo(reviews).isPositive();
		assertThat(queue.pending()).allSatisfy(r -> assertThat(r.best()).isNotNull()
			.satisfies(best -> assertThat(best.weight()).isBetween(MatchThresholds.DEFAULT.lower(),
					MatchThresholds.DEFAULT.upper())));
		assertThat((double) reviews / results.size()).isLessThan(0.05);
	}

	@Test
	void raisingTheUpperThresholdNeverAddsMatches() {
		double[] uppers = { 6, 8, 10, 12, 14, 16, 20, 25 };
		List<String> previous = null;
		for (double upper : uppers) {
			List<String> matched = matcher.withThresholds(new MatchThresholds(upper, 4))
				.matchAll(set.incoming().subList(0, 4_000), new ReviewQueue())
				.stream()
				.filter(r -> r.decision() == Decision.MATCH)
				.map(MatchResult::recordReference)
				.toList();
			if (previous != null) {
				assertThat(previous).containsAll(matched);
			}
			previous = matched;
		}
	}
}
