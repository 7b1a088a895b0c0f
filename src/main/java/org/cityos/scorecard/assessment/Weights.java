package org.cityos.scorecard.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The weight of each indicator in the total. Every indicator has one; weights are finite and
 * non-negative and at least one is positive. Only their proportions matter: the total divides
 * by the sum of the weights of the indicators a department has data for.
 */
public record Weights(Map<Indicator, Double> values) {

	public Weights {
		Map<Indicator, Double> copy = new EnumMap<>(Indicator.class);
		copy.putAll(values);
		values = Collections.unmodifiableMap(copy);
		List<FieldProblem> problems = problems(values);
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
	}

	public static Weights defaults() {
		Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			values.put(indicator, indicator.defaultWeight());
		}
		return new Weights(values);
	}

	/** From names as a client writes them ({@code "VALIDITY": 15}); unknown or missing names are refused. */
	public static Weights parse(Map<String, @Nullable Double> input) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
		input.forEach((name, weight) -> {
			Indicator indicator = indicator(name);
			if (indicator == null) {
				problems.add(new FieldProblem("weights." + name, "no indicator '" + name + "'; the indicators are "
						+ List.of(Indicator.values())));
			}
			else {
				values.put(indicator, weight);
			}
		});
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return new Weights(values);
	}

	public double of(Indicator indicator) {
		return values.get(indicator);
	}

	private static List<FieldProblem> problems(Map<Indicator, Double> values) {
		List<FieldProblem> problems = new ArrayList<>();
		double sum = 0;
		for (Indicator indicator : Indicator.values()) {
			Double weight = values.get(indicator);
			String field = "weights." + indicator.name();
			if (weight == null) {
				problems.add(new FieldProblem(field, "a weight is required"));
			}
			else if (!Double.isFinite(weight) || weight < 0) {
				problems.add(new FieldProblem(field, "must be a non-negative number, was " + weight));
			}
			else if (weight > 1000) {
				problems.add(new FieldProblem(field, "must be at most 1000, was " + weight));
			}
			else {
				sum += weight;
			}
		}
		if (problems.isEmpty() && sum <= 0) {
			problems.add(new FieldProblem("weights", "at least one weight must be positive"));
		}
		return problems;
	}

	private static InvalidInputException invalid(List<FieldProblem> problems) {
		return new InvalidInputException(problems.stream().map(p -> p.field() + ": " + p.message())
			.reduce((a, b) -> a + "; " + b).orElseThrow(), problems);
	}

	private static @Nullable Indicator indicator(String name) {
		for (Indicator indicator : Indicator.values()) {
			if (indicator.name().equals(name)) {
				return indicator;
			}
		}
		return null;
	}
}
