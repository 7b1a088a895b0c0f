package org.cityos.sensing.alerting;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.cityos.sensing.AlertRuleKind;
import org.cityos.sensing.WarningLevel;
import org.cityos.sensing.indices.AqiCategory;
import org.cityos.sensing.indices.AqiItem;
import org.cityos.sensing.indices.WaterBody;
import org.cityos.sensing.indices.WaterClass;
import org.cityos.sensing.indices.WaterParameter;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a rule judges, by kind; stored and exchanged as JSON with a {@code kind} property. Level
 * maps ({@code levels}) give a threshold per warning level (at least one): for ABOVE they must
 * rise from BLUE to RED, for BELOW fall. {@code hysteresis} (≥ 0, in the judged value's unit) is
 * how far the value must move back past a level's threshold before that level clears (absent: 0).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = RuleCondition.Threshold.class, name = "THRESHOLD"),
		@JsonSubTypes.Type(value = RuleCondition.RateOfChange.class, name = "RATE_OF_CHANGE"),
		@JsonSubTypes.Type(value = RuleCondition.NoData.class, name = "NO_DATA"),
		@JsonSubTypes.Type(value = RuleCondition.AqiCategoryReached.class, name = "AQI_CATEGORY"),
		@JsonSubTypes.Type(value = RuleCondition.WaterClassWorseThanTarget.class, name = "WATER_CLASS_WORSE_THAN_TARGET"),
		@JsonSubTypes.Type(value = RuleCondition.ForecastBreach.class, name = "FORECAST_BREACH") })
public sealed interface RuleCondition {

	@JsonIgnore
	AlertRuleKind kind();

	/** Adds what is wrong with the condition, fields prefixed {@code condition.}. */
	void check(List<FieldProblem> problems);

	/** The observed value reaches (≥ for ABOVE, ≤ for BELOW) a level's threshold. */
	record Threshold(@Nullable Direction direction, @Nullable Map<WarningLevel, Double> levels, @Nullable Double hysteresis)
			implements RuleCondition {

		@Override
		public AlertRuleKind kind() {
			return AlertRuleKind.THRESHOLD;
		}

		@Override
		public void check(List<FieldProblem> problems) {
			Checks.ladder(direction, levels, hysteresis, problems);
		}
	}

	/**
	 * The change per minute over the window — (latest − earliest in window) / minutes between —
	 * reaches a level's threshold; a falling rate is negative (use BELOW with negative thresholds).
	 */
	record RateOfChange(@Nullable Direction direction, @Nullable Map<WarningLevel, Double> levels, @Nullable Duration window,
			@Nullable Double hysteresis) implements RuleCondition {

		@Override
		public AlertRuleKind kind() {
			return AlertRuleKind.RATE_OF_CHANGE;
		}

		@Override
		public void check(List<FieldProblem> problems) {
			Checks.ladder(direction, levels, hysteresis, problems);
			Checks.positive("condition.window", window, problems);
		}
	}

	/** No observation for {@code after} (设备离线): judged on the clock tick, cleared by the next observation. */
	record NoData(@Nullable Duration after, @Nullable WarningLevel level) implements RuleCondition {

		@Override
		public AlertRuleKind kind() {
			return AlertRuleKind.NO_DATA;
		}

		@Override
		public void check(List<FieldProblem> problems) {
			Checks.positive("condition.after", after, problems);
			Checks.required("condition.level", level, problems);
		}
	}

	/**
	 * The AQI reaches a category (e.g. 重度污染). Without {@code item} the observed value is an AQI;
	 * with one it is that item's concentration, indexed per the HJ 633 version of its date. The
	 * level follows the category reached: up to 轻度污染 BLUE, 中度 YELLOW, 重度 ORANGE, 严重 RED.
	 */
	record AqiCategoryReached(@Nullable AqiCategory category, @Nullable AqiItem item, @Nullable Double hysteresis)
			implements RuleCondition {

		@Override
		public AlertRuleKind kind() {
			return AlertRuleKind.AQI_CATEGORY;
		}

		@Override
		public void check(List<FieldProblem> problems) {
			Checks.required("condition.category", category, problems);
			Checks.notNegative("condition.hysteresis", hysteresis, problems);
		}
	}

	/** The section's class for one parameter (single-factor, GB 3838) is worse than its target class. */
	record WaterClassWorseThanTarget(@Nullable WaterParameter parameter, @Nullable WaterBody body,
			@Nullable WaterClass target, @Nullable WarningLevel level) implements RuleCondition {

		@Override
		public AlertRuleKind kind() {
			return AlertRuleKind.WATER_CLASS_WORSE_THAN_TARGET;
		}

		@Override
		public void check(List<FieldProblem> problems) {
			Checks.required("condition.parameter", parameter, problems);
			Checks.required("condition.target", target, problems);
			Checks.required("condition.level", level, problems);
			if (target == WaterClass.WORSE_THAN_V) {
				problems.add(new FieldProblem("condition.target", "nothing is worse than 劣V: use I to V"));
			}
		}
	}

	/**
	 * The value forecast {@code horizon} ahead (1–60 minutes; 15–30 is what the model is tuned and
	 * measured for) by Holt's damped-trend smoothing of recent history reaches a level's threshold.
	 */
	record ForecastBreach(@Nullable Direction direction, @Nullable Map<WarningLevel, Double> levels,
			@Nullable Duration horizon, @Nullable Double hysteresis) implements RuleCondition {

		@Override
		public AlertRuleKind kind() {
			return AlertRuleKind.FORECAST_BREACH;
		}

		@Override
		public void check(List<FieldProblem> problems) {
			Checks.ladder(direction, levels, hysteresis, problems);
			Checks.positive("condition.horizon", horizon, problems);
			if (horizon != null && horizon.compareTo(Duration.ofHours(1)) > 0) {
				problems.add(new FieldProblem("condition.horizon", "at most 60 minutes ahead"));
			}
		}
	}
}
