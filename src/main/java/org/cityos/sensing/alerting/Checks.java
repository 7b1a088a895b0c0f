package org.cityos.sensing.alerting;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cityos.sensing.WarningLevel;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The validation shared by the rule conditions; problems are collected, never thrown one by one. */
final class Checks {

	private Checks() {
	}

	static void ladder(@Nullable Direction direction, @Nullable Map<WarningLevel, Double> levels, @Nullable Double hysteresis,
			List<FieldProblem> problems) {
		required("condition.direction", direction, problems);
		notNegative("condition.hysteresis", hysteresis, problems);
		if (levels == null || levels.isEmpty()) {
			problems.add(new FieldProblem("condition.levels", "needs a threshold for at least one of BLUE, YELLOW, ORANGE, RED"));
			return;
		}
		Double previous = null;
		WarningLevel previousLevel = null;
		for (WarningLevel level : WarningLevel.values()) {
			Double threshold = levels.get(level);
			if (!levels.containsKey(level)) {
				continue;
			}
			if (threshold == null || !Double.isFinite(threshold)) {
				problems.add(new FieldProblem("condition.levels." + level, "must be a finite number"));
				return;
			}
			if (previous != null && direction != null
					&& (direction == Direction.ABOVE ? threshold <= previous : threshold >= previous)) {
				problems.add(new FieldProblem("condition.levels." + level, "thresholds must " + (direction == Direction.ABOVE
						? "rise" : "fall") + " from BLUE to RED, but " + level + " " + threshold + " follows " + previousLevel
						+ " " + previous));
			}
			previous = threshold;
			previousLevel = level;
		}
	}

	static void required(String field, @Nullable Object value, List<FieldProblem> problems) {
		if (value == null) {
			problems.add(new FieldProblem(field, "is required"));
		}
	}

	static void positive(String field, @Nullable Duration value, List<FieldProblem> problems) {
		if (value == null || value.isZero() || value.isNegative()) {
			problems.add(new FieldProblem(field, "must be a positive duration (ISO-8601, e.g. PT10M), was " + value));
		}
	}

	static void notNegative(String field, @Nullable Duration value, List<FieldProblem> problems) {
		if (value != null && value.isNegative()) {
			problems.add(new FieldProblem(field, "must not be negative, was " + value));
		}
	}

	static void notNegative(String field, @Nullable Double value, List<FieldProblem> problems) {
		if (value != null && (!Double.isFinite(value) || value < 0)) {
			problems.add(new FieldProblem(field, "must be 0 or more, was " + value));
		}
	}
}
