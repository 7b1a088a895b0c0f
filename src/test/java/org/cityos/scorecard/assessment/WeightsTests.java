package org.cityos.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class WeightsTests {

	@Test
	void theDefaultsSumToOneHundred() {
		assertThat(Weights.defaults().values().values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100.0);
	}

	@Test
	void everyIndicatorNamedWithANonNegativeWeightIsAccepted() {
		Map<String, Double> input = input();
		input.put("USE", 0.0);

		Weights weights = Weights.parse(input);

		assertThat(weights.of(Indicator.USE)).isZero();
		assertThat(weights.of(Indicator.VALIDITY)).isEqualTo(15.0);
	}

	@Test
	void aNegativeWeightIsRefusedNamingTheIndicator() {
		Map<String, Double> input = input();
		input.put("VALIDITY", -1.0);

		assertThatThrownBy(() -> Weights.parse(input)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldProblems()).extracting(FieldProblem::field)
				.containsExactly("weights.VALIDITY"));
	}

	@Test
	void allZeroIsRefused() {
		Map<String, Double> input = input();
		input.replaceAll((k, v) -> 0.0);

		assertThatThrownBy(() -> Weights.parse(input)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("at least one weight must be positive");
	}

	@Test
	void unknownAndMissingIndicatorsAreRefused() {
		Map<String, Double> unknown = input();
		unknown.put("BEAUTY", 5.0);
		Map<String, Double> missing = input();
		missing.remove("USE");

		assertThatThrownBy(() -> Weights.parse(unknown)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("weights.BEAUTY");
		assertThatThrownBy(() -> Weights.parse(missing)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("weights.USE: a weight is required");
	}

	private static Map<String, Double> input() {
		Map<String, Double> input = new HashMap<>();
		Weights.defaults().values().forEach((indicator, weight) -> input.put(indicator.name(), weight));
		return input;
	}
}
