package org.cityos.sensing.alerting;

import java.util.Map;

import org.cityos.sensing.WarningLevel;
import org.jspecify.annotations.Nullable;

/**
 * Thresholds per warning level with hysteresis: a level is reached at its threshold, but a level
 * that is already active holds until the value moves back past threshold ∓ hysteresis. So a value
 * hovering around a threshold raises once and does not flap.
 */
final class Ladder {

	private static final WarningLevel[] LEVELS = WarningLevel.values();

	/** Indexed by level ordinal; NaN where the rule sets no threshold. */
	private final double[] thresholds = new double[LEVELS.length];

	private final boolean above;

	private final double hysteresis;

	Ladder(Direction direction, Map<WarningLevel, Double> levels, @Nullable Double hysteresis) {
		for (WarningLevel level : LEVELS) {
			Double threshold = levels.get(level);
			thresholds[level.ordinal()] = threshold == null ? Double.NaN : threshold;
		}
		this.above = direction == Direction.ABOVE;
		this.hysteresis = hysteresis == null ? 0 : hysteresis;
	}

	/** The most severe level the value reaches, given the level active now (for hysteresis); null for none. */
	@Nullable
	WarningLevel level(double value, @Nullable WarningLevel active) {
		for (int i = LEVELS.length - 1; i >= 0; i--) {
			double threshold = thresholds[i];
			if (Double.isNaN(threshold)) {
				continue;
			}
			boolean holding = active != null && active.ordinal() >= i;
			if (above ? value >= (holding ? threshold - hysteresis : threshold)
					: value <= (holding ? threshold + hysteresis : threshold)) {
				return LEVELS[i];
			}
		}
		return null;
	}

	double threshold(WarningLevel level) {
		return thresholds[level.ordinal()];
	}
}
