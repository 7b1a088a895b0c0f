package org.cityos.registry.matching;

import java.util.EnumMap;
import java.util.Map;

/**
 * The Fellegi–Sunter model: for each field and agreement level, {@code m} = P(level | same person)
 * and {@code u} = P(level | different people among blocked candidates); the level's weight is
 * {@code log2(m/u)}. A missing field weighs 0. Immutable; {@link #with} returns a changed copy.
 * <p>
 * The defaults are set by hand from the error rates a department's records typically carry (and
 * the labelled synthetic set injects), not estimated from data; a city replaces them with rates
 * from its own steward-reviewed pairs (see docs/registry-matching.md).
 */
public final class MatchModel {

	/** A level's two conditional probabilities, both in (0, 1]. */
	public record Probabilities(double m, double u) {

		public Probabilities {
			if (!(m > 0 && m <= 1 && u > 0 && u <= 1)) {
				throw new IllegalArgumentException("m and u must lie in (0, 1]: m=" + m + ", u=" + u);
			}
		}

		public double weight() {
			return Math.log(m / u) / Math.log(2);
		}
	}

	private final Map<Field, Map<Agreement, Probabilities>> probabilities;

	/** Indexed by field ordinal, then agreement ordinal: the hot path reads only this. */
	private final double[][] weights;

	private MatchModel(Map<Field, Map<Agreement, Probabilities>> probabilities) {
		this.probabilities = probabilities;
		this.weights = new double[Field.values().length][Agreement.values().length];
		probabilities.forEach((field, levels) -> levels
			.forEach((agreement, p) -> weights[field.ordinal()][agreement.ordinal()] = p.weight()));
	}

	public static MatchModel defaults() {
		Map<Field, Map<Agreement, Probabilities>> p = new EnumMap<>(Field.class);
		put(p, Field.NAME, Agreement.EXACT, 0.76, 0.002);
		put(p, Field.NAME, Agreement.HOMOPHONE, 0.12, 0.0005);
		put(p, Field.NAME, Agreement.SWAPPED, 0.04, 0.0001);
		put(p, Field.NAME, Agreement.SIMILAR, 0.05, 0.03);
		put(p, Field.NAME, Agreement.DIFFERENT, 0.03, 0.97);
		put(p, Field.BIRTH_DATE, Agreement.EXACT, 0.90, 0.001);
		put(p, Field.BIRTH_DATE, Agreement.SIMILAR, 0.07, 0.01);
		put(p, Field.BIRTH_DATE, Agreement.DIFFERENT, 0.03, 0.99);
		put(p, Field.SEX, Agreement.EXACT, 0.99, 0.5);
		put(p, Field.SEX, Agreement.DIFFERENT, 0.01, 0.5);
		put(p, Field.ADDRESS, Agreement.EXACT, 0.55, 0.002);
		put(p, Field.ADDRESS, Agreement.SIMILAR, 0.2, 0.02);
		put(p, Field.ADDRESS, Agreement.DIFFERENT, 0.25, 0.978);
		put(p, Field.PHONE, Agreement.EXACT, 0.7, 0.001);
		put(p, Field.PHONE, Agreement.SIMILAR, 0.05, 0.001);
		put(p, Field.PHONE, Agreement.DIFFERENT, 0.25, 0.998);
		return new MatchModel(p);
	}

	public MatchModel with(Field field, Agreement agreement, double m, double u) {
		if (agreement == Agreement.MISSING) {
			throw new IllegalArgumentException("A missing field always weighs 0");
		}
		Map<Field, Map<Agreement, Probabilities>> copy = new EnumMap<>(Field.class);
		probabilities.forEach((f, levels) -> copy.put(f, new EnumMap<>(levels)));
		put(copy, field, agreement, m, u);
		return new MatchModel(copy);
	}

	public double weight(Field field, Agreement agreement) {
		return weights[field.ordinal()][agreement.ordinal()];
	}

	public Map<Field, Map<Agreement, Probabilities>> probabilities() {
		Map<Field, Map<Agreement, Probabilities>> copy = new EnumMap<>(Field.class);
		probabilities.forEach((f, levels) -> copy.put(f, Map.copyOf(levels)));
		return copy;
	}

	private static void put(Map<Field, Map<Agreement, Probabilities>> p, Field field, Agreement agreement, double m,
			double u) {
		p.computeIfAbsent(field, f -> new EnumMap<>(Agreement.class)).put(agreement, new Probabilities(m, u));
	}
}
