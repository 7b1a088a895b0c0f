package org.cityos.sensing.alerting;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

import org.cityos.sensing.WarningLevel;
import org.cityos.sensing.alerting.RuleCondition.AqiCategoryReached;
import org.cityos.sensing.alerting.RuleCondition.ForecastBreach;
import org.cityos.sensing.alerting.RuleCondition.NoData;
import org.cityos.sensing.alerting.RuleCondition.RateOfChange;
import org.cityos.sensing.alerting.RuleCondition.Threshold;
import org.cityos.sensing.alerting.RuleCondition.WaterClassWorseThanTarget;
import org.cityos.sensing.indices.AqiCategory;
import org.cityos.sensing.indices.AqiStandard;
import org.cityos.sensing.indices.WaterBody;
import org.cityos.sensing.indices.WaterClass;
import org.jspecify.annotations.Nullable;

/**
 * A rule prepared for evaluation: its condition turned into a {@link Ladder} (or a fixed level)
 * and its durations into milliseconds, so that judging an observation allocates nothing for
 * THRESHOLD, AQI and water rules.
 */
final class CompiledRule {

	final AlertRule rule;

	final long minimumMillis;

	final long clearMillis;

	private final @Nullable Ladder ladder;

	CompiledRule(AlertRule rule) {
		this.rule = rule;
		this.minimumMillis = rule.minimumDuration().toMillis();
		this.clearMillis = rule.clearDuration().toMillis();
		this.ladder = ladderOf(rule.condition());
	}

	private static @Nullable Ladder ladderOf(RuleCondition condition) {
		if (condition instanceof Threshold threshold) {
			return new Ladder(threshold.direction(), threshold.levels(), threshold.hysteresis());
		}
		if (condition instanceof RateOfChange rate) {
			return new Ladder(rate.direction(), rate.levels(), rate.hysteresis());
		}
		if (condition instanceof ForecastBreach forecast) {
			return new Ladder(forecast.direction(), forecast.levels(), forecast.hysteresis());
		}
		if (condition instanceof AqiCategoryReached aqi) {
			return new Ladder(Direction.ABOVE, aqiThresholds(aqi.category()), aqi.hysteresis());
		}
		return null;
	}

	boolean noData() {
		return rule.condition() instanceof NoData;
	}

	long noDataAfterMillis() {
		return ((NoData) rule.condition()).after().toMillis();
	}

	@Nullable
	WarningLevel fixedLevel() {
		if (rule.condition() instanceof NoData noData) {
			return noData.level();
		}
		return rule.condition() instanceof WaterClassWorseThanTarget water ? water.level() : null;
	}

	/** The level the condition reaches at this observation; records the judged value in the state. */
	@Nullable
	WarningLevel judge(ObservedValue observation, RuleState state) {
		long now = observation.time().toEpochMilli();
		double value = observation.value();
		RuleCondition condition = rule.condition();
		if (condition instanceof Threshold) {
			state.judged = value;
			return ladder.level(value, state.active);
		}
		if (condition instanceof AqiCategoryReached aqi) {
			double index = value;
			if (aqi.item() != null) {
				OptionalInt sub = AqiStandard.at(observation.time()).subIndex(aqi.item(), Math.max(0, value));
				index = sub.isPresent() ? sub.getAsInt() : 500;
			}
			state.judged = index;
			return ladder.level(index, state.active);
		}
		if (condition instanceof WaterClassWorseThanTarget water) {
			WaterClass waterClass = water.parameter().classOf(value, water.body() == null ? WaterBody.RIVER : water.body());
			state.judged = waterClass.ordinal() + 1;
			return waterClass.worseThan(water.target()) ? water.level() : null;
		}
		if (condition instanceof RateOfChange rate) {
			return rate(rate, now, value, state);
		}
		if (condition instanceof ForecastBreach forecast) {
			HoltForecast model = state.forecast == null ? state.forecast = new HoltForecast() : state.forecast;
			model.update(now, value);
			if (!model.ready()) {
				state.judged = Double.NaN;
				return null;
			}
			double predicted = model.forecast(forecast.horizon().toMillis());
			state.judged = predicted;
			return ladder.level(predicted, state.active);
		}
		state.judged = value;
		return null;
	}

	/** (latest − earliest in the window) per minute; nothing until two observations span some time. */
	private @Nullable WarningLevel rate(RateOfChange rate, long now, double value, RuleState state) {
		ArrayDeque<long[]> window = state.window == null ? state.window = new ArrayDeque<>() : state.window;
		window.addLast(new long[] { now, Double.doubleToRawLongBits(value) });
		long from = now - rate.window().toMillis();
		while (window.size() > 1 && window.peekFirst()[0] < from) {
			window.pollFirst();
		}
		long[] first = window.peekFirst();
		if (first[0] >= now) {
			state.judged = Double.NaN;
			return null;
		}
		double perMinute = (value - Double.longBitsToDouble(first[1])) / ((now - first[0]) / 60_000.0);
		state.judged = perMinute;
		return ladder.level(perMinute, state.active);
	}

	@Nullable
	Ladder ladder() {
		return ladder;
	}

	/**
	 * Category lower bounds as thresholds: each level starts at the lowest category (at or above
	 * the rule's) that maps to it.
	 */
	static Map<WarningLevel, Double> aqiThresholds(AqiCategory minimum) {
		Map<WarningLevel, Double> thresholds = new EnumMap<>(WarningLevel.class);
		for (AqiCategory category : AqiCategory.values()) {
			if (category.compareTo(minimum) >= 0) {
				thresholds.putIfAbsent(levelOf(category), (double) category.lowest());
			}
		}
		return thresholds;
	}

	static WarningLevel levelOf(AqiCategory category) {
		return switch (category) {
			case EXCELLENT, GOOD, LIGHTLY_POLLUTED -> WarningLevel.BLUE;
			case MODERATELY_POLLUTED -> WarningLevel.YELLOW;
			case HEAVILY_POLLUTED -> WarningLevel.ORANGE;
			case SEVERELY_POLLUTED -> WarningLevel.RED;
		};
	}
}
