package org.cityos.demo.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A choice among values with relative weights. Immutable. */
final class Weighted<T> {

	private final List<T> values = new ArrayList<>();

	private final List<Double> cumulative = new ArrayList<>();

	private double total;

	private Weighted() {
	}

	/** Pairs of value and weight: {@code of("a", 3, "b", 1)}. */
	@SuppressWarnings("unchecked")
	static <T> Weighted<T> of(Object... valuesAndWeights) {
		Weighted<T> w = new Weighted<>();
		for (int i = 0; i < valuesAndWeights.length; i += 2) {
			w.total += ((Number) valuesAndWeights[i + 1]).doubleValue();
			w.values.add((T) valuesAndWeights[i]);
			w.cumulative.add(w.total);
		}
		return w;
	}

	T pick(SplittableRandom random) {
		double r = random.nextDouble() * total;
		for (int i = 0; i < values.size(); i++) {
			if (r < cumulative.get(i)) {
				return values.get(i);
			}
		}
		return values.get(values.size() - 1);
	}

	List<T> values() {
		return List.copyOf(values);
	}
}
