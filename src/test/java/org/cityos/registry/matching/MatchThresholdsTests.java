package org.cityos.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class MatchThresholdsTests {

	private final MatchThresholds thresholds = new MatchThresholds(14, 6);

	@Test
	void splitsWeightsIntoMatchReviewAndNonMatch() {
		assertThat(thresholds.decide(14)).isEqualTo(Decision.MATCH);
		assertThat(thresholds.decide(13.9)).isEqualTo(Decision.REVIEW);
		assertThat(thresholds.decide(6)).isEqualTo(Decision.REVIEW);
		assertThat(thresholds.decide(5.9)).isEqualTo(Decision.NON_MATCH);
	}

	@Test
	void equalThresholdsLeaveNoReviewBand() {
		MatchThresholds noReview = new MatchThresholds(10, 10);
		assertThat(noReview.decide(10)).isEqualTo(Decision.MATCH);
		assertThat(noReview.decide(9.99)).isEqualTo(Decision.NON_MATCH);
	}

	@Test
	void rejectsLowerAboveUpper() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MatchThresholds(5, 6));
		assertThatIllegalArgumentException().isThrownBy(() -> new MatchThresholds(Double.NaN, 6));
	}

	@Test
	void weightIsTheLogOfTheLikelihoodRatio() {
		MatchModel model = MatchModel.defaults().with(Field.PHONE, Agreement.EXACT, 0.8, 0.1);
		assertThat(model.weight(Field.PHONE, Agreement.EXACT)).isCloseTo(3.0, offset(1e-9));
		assertThat(model.weight(Field.NAME, Agreement.MISSING)).isZero();
		assertThat(MatchModel.defaults().weight(Field.PHONE, Agreement.EXACT)).isNotEqualTo(3.0);
		assertThatIllegalArgumentException().isThrownBy(() -> model.with(Field.NAME, Agreement.EXACT, 0, 0.1));
		assertThatIllegalArgumentException().isThrownBy(() -> model.with(Field.NAME, Agreement.MISSING, 0.5, 0.1));
	}
}
