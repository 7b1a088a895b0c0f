package org.cityos.sensing.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityos.sensing.AlertRuleKind;
import org.cityos.sensing.WarningLevel;
import org.cityos.sensing.alerting.AlertTransition.Type;
import org.cityos.sensing.indices.AqiCategory;
import org.cityos.sensing.indices.AqiItem;
import org.cityos.sensing.indices.WaterBody;
import org.cityos.sensing.indices.WaterClass;
import org.cityos.sensing.indices.WaterParameter;
import org.junit.jupiter.api.Test;

/** Rule semantics, one observation at a time, times in minutes after {@link #START}. */
class AlertEvaluatorTests {

	static final Instant START = Instant.parse("2026-05-01T00:00:00Z");

	final AlertEvaluator evaluator = new AlertEvaluator();

	final List<AlertTransition> out = new ArrayList<>();

	static Instant minute(double minutes) {
		return START.plusMillis((long) (minutes * 60_000));
	}

	static ObservedValue observation(String datastream, double minutes, double value) {
		return new ObservedValue(datastream, minute(minutes), value, "PM2_5", "AIR_STATION", List.of("640104", "640104001"));
	}

	static AlertRule rule(AlertScope scope, RuleCondition condition, Duration minimum, Duration clear) {
		return AlertRule.checked(UUID.randomUUID(), "规则", true, scope, condition, minimum, clear);
	}

	static RuleCondition above(double blue, double yellow, double hysteresis) {
		return new RuleCondition.Threshold(Direction.ABOVE, Map.of(WarningLevel.BLUE, blue, WarningLevel.YELLOW, yellow),
				hysteresis);
	}

	List<AlertTransition> feed(String datastream, double... minuteValuePairs) {
		out.clear();
		for (int i = 0; i < minuteValuePairs.length; i += 2) {
			evaluator.evaluate(observation(datastream, minuteValuePairs[i], minuteValuePairs[i + 1]), out);
		}
		return List.copyOf(out);
	}

	@Test
	void thresholdRaisesOnlyAfterTheMinimumDurationHeldWithoutABreak() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-1"), above(75, 115, 0), Duration.ofMinutes(10),
				Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		// above at 0, broken at 5, above again from 6: raised at 16, not at 10
		assertThat(feed("pm25-1", 0, 80, 5, 70, 6, 80, 10, 80, 15, 80)).isEmpty();
		List<AlertTransition> raised = feed("pm25-1", 16, 81);

		assertThat(raised).singleElement().satisfies(t -> {
			assertThat(t.type()).isEqualTo(Type.RAISED);
			assertThat(t.to()).isEqualTo(WarningLevel.BLUE);
			assertThat(t.at()).isEqualTo(minute(16));
			assertThat(t.value()).isEqualTo(81);
			assertThat(t.message()).contains("蓝色预警");
		});
	}

	@Test
	void escalatesWhenTheHigherLevelHeldForTheMinimumDurationAndResolvesWhenCleared() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-2"), above(75, 115, 0), Duration.ofMinutes(5),
				Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		List<AlertTransition> transitions = feed("pm25-2", 0, 120, 5, 120, 10, 90, 15, 50);

		// 0..5: both BLUE and YELLOW held 5 minutes → raised straight at YELLOW; 10: below YELLOW → lowered; 15: resolved
		assertThat(transitions).extracting(AlertTransition::type, AlertTransition::from, AlertTransition::to)
			.containsExactly(tuple(Type.RAISED, null, WarningLevel.YELLOW),
					tuple(Type.LEVEL_CHANGED, WarningLevel.YELLOW, WarningLevel.BLUE),
					tuple(Type.RESOLVED, WarningLevel.BLUE, null));
	}

	@Test
	void hysteresisKeepsAValueHoveringAtTheThresholdFromFlapping() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-3"), above(75, 115, 5), Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		// raised at 76; 74, 72, 76, 71 stay above 75 − 5 = 70: no flapping; 69 clears
		List<AlertTransition> transitions = feed("pm25-3", 0, 76, 1, 74, 2, 72, 3, 76, 4, 71, 5, 69);

		assertThat(transitions).extracting(AlertTransition::type).containsExactly(Type.RAISED, Type.RESOLVED);
		assertThat(transitions.get(1).at()).isEqualTo(minute(5));
	}

	@Test
	void withoutHysteresisTheSameSeriesFlaps() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-4"), above(75, 115, 0), Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		assertThat(feed("pm25-4", 0, 76, 1, 74, 2, 72, 3, 76, 4, 71, 5, 69)).hasSize(4);
	}

	@Test
	void clearDurationResolvesOnlyAfterTheValueStayedBelow() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-5"), above(75, 115, 0), Duration.ZERO,
				Duration.ofMinutes(10));
		evaluator.replaceRules(List.of(rule));

		// below at 1, back above at 5 (clock restarts), below from 6: resolved at 16
		List<AlertTransition> transitions = feed("pm25-5", 0, 80, 1, 60, 5, 80, 6, 60, 12, 60, 15, 60, 16, 60);

		assertThat(transitions).extracting(AlertTransition::type).containsExactly(Type.RAISED, Type.RESOLVED);
		assertThat(transitions.get(1).at()).isEqualTo(minute(16));
	}

	@Test
	void belowDirectionWatchesFallingValues() {
		RuleCondition lowOxygen = new RuleCondition.Threshold(Direction.BELOW,
				Map.of(WarningLevel.YELLOW, 3.0, WarningLevel.RED, 2.0), 0.2);
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "do-1"), lowOxygen, Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		List<AlertTransition> transitions = feed("do-1", 0, 5, 1, 2.9, 2, 1.9, 3, 2.1, 4, 3.1, 5, 3.3);

		assertThat(transitions).extracting(AlertTransition::type, AlertTransition::to)
			.containsExactly(tuple(Type.RAISED, WarningLevel.YELLOW),
					tuple(Type.LEVEL_CHANGED, WarningLevel.RED),
					tuple(Type.LEVEL_CHANGED, WarningLevel.YELLOW),
					tuple(Type.RESOLVED, null));
		// 2.1 is still within RED's hysteresis (≤ 2.2) → the lowering to YELLOW comes at 3.1 (> 2.2, ≤ 3.2), resolve at 3.3
		assertThat(transitions.get(2).at()).isEqualTo(minute(4));
	}

	@Test
	void rateOfChangeJudgesTheSlopeOverTheWindow() {
		RuleCondition rising = new RuleCondition.RateOfChange(Direction.ABOVE,
				Map.of(WarningLevel.ORANGE, 10.0), Duration.ofMinutes(5), 0.0);
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "level-1"), rising, Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		// window 5 min: at 3 the slope from minute 0 is (125−100)/3 = 8.3; at 4 it is (145−100)/4 = 11.25
		List<AlertTransition> transitions = feed("level-1", 0, 100, 1, 105, 2, 110, 3, 125, 4, 145, 10, 146);

		assertThat(transitions).extracting(AlertTransition::type).containsExactly(Type.RAISED, Type.RESOLVED);
		assertThat(transitions.get(0).at()).isEqualTo(minute(4));
		assertThat(transitions.get(0).value()).isEqualTo(11.25);
		assertThat(transitions.get(0).rule().condition().kind()).isEqualTo(AlertRuleKind.RATE_OF_CHANGE);
		// at 10 the window [5, 10] holds no earlier point: no rate, the condition no longer holds
		assertThat(transitions.get(1).at()).isEqualTo(minute(10));
	}

	@Test
	void noDataRaisesOnTheClockTickAndResolvesWithTheNextObservation() {
		AlertRule offline = rule(new AlertScope(AlertScope.Type.SENSOR_KIND, "AIR_STATION"),
				new RuleCondition.NoData(Duration.ofMinutes(30), WarningLevel.YELLOW), Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(offline));
		feed("pm25-6", 0, 40);

		evaluator.tick(minute(29), out);
		assertThat(out).isEmpty();
		evaluator.tick(minute(30), out);
		assertThat(out).singleElement().satisfies(t -> {
			assertThat(t.type()).isEqualTo(Type.RAISED);
			assertThat(t.to()).isEqualTo(WarningLevel.YELLOW);
			assertThat(t.context().datastreamId()).isEqualTo("pm25-6");
			assertThat(t.message()).contains("无数据");
		});
		out.clear();
		evaluator.tick(minute(45), out);
		assertThat(out).as("raised once, not at every tick").isEmpty();

		assertThat(feed("pm25-6", 46, 41)).singleElement().extracting(AlertTransition::type).isEqualTo(Type.RESOLVED);
	}

	@Test
	void noDataRuleNamingADatastreamFindsASensorThatNeverReported() {
		AlertRule offline = rule(new AlertScope(AlertScope.Type.DATASTREAM, "never-seen"),
				new RuleCondition.NoData(Duration.ofMinutes(10), WarningLevel.BLUE), Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(offline));

		evaluator.tick(minute(0), out);
		evaluator.tick(minute(10), out);

		assertThat(out).singleElement().extracting(AlertTransition::type).isEqualTo(Type.RAISED);
	}

	@Test
	void aqiCategoryRuleIndexesAConcentrationByTheVersionOfItsDate() {
		RuleCondition heavy = new RuleCondition.AqiCategoryReached(AqiCategory.MODERATELY_POLLUTED, AqiItem.PM2_5_24H, 0.0);
		AlertRule rule = rule(new AlertScope(AlertScope.Type.OBSERVED_PROPERTY, "PM2_5"), heavy, Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		// PM2.5 120 → IAQI 50/35·5+150 = 157.1 → 158 → 中度 → YELLOW; 160 → 50/... 200+ → 重度 → ORANGE
		List<AlertTransition> transitions = feed("pm25-7", 0, 100, 1, 120, 2, 160);

		assertThat(transitions).extracting(AlertTransition::type, AlertTransition::to)
			.containsExactly(tuple(Type.RAISED, WarningLevel.YELLOW),
					tuple(Type.LEVEL_CHANGED, WarningLevel.ORANGE));
		assertThat(transitions.get(0).value()).isEqualTo(158);
	}

	@Test
	void waterClassWorseThanTargetRaisesTheRulesLevel() {
		RuleCondition ammonia = new RuleCondition.WaterClassWorseThanTarget(WaterParameter.AMMONIA_NITROGEN, WaterBody.RIVER,
				WaterClass.III, WarningLevel.ORANGE);
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "nh3-1"), ammonia, Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		List<AlertTransition> transitions = feed("nh3-1", 0, 0.9, 1, 1.2, 2, 1.0);

		assertThat(transitions).extracting(AlertTransition::type).containsExactly(Type.RAISED, Type.RESOLVED);
		assertThat(transitions.get(0).to()).isEqualTo(WarningLevel.ORANGE);
		assertThat(transitions.get(0).message()).contains("氨氮").contains("Ⅳ类");
	}

	@Test
	void forecastBreachWarnsBeforeTheValueGetsThere() {
		RuleCondition jam = new RuleCondition.ForecastBreach(Direction.ABOVE, Map.of(WarningLevel.YELLOW, 1500.0),
				Duration.ofMinutes(15), 0.0);
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "flow-1"), jam, Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		// flow climbing 60 vehicles/hour per 5 minutes from 900
		out.clear();
		double raisedWhenActualWas = Double.NaN;
		for (int i = 0; i < 12; i++) {
			evaluator.evaluate(new ObservedValue("flow-1", minute(5 * i), 900 + 60 * i, "FLOW", "TRAFFIC_DETECTOR", List.of()), out);
			if (!out.isEmpty() && Double.isNaN(raisedWhenActualWas)) {
				raisedWhenActualWas = 900 + 60 * i;
			}
		}

		assertThat(out).first().satisfies(t -> assertThat(t.type()).isEqualTo(Type.RAISED));
		assertThat(raisedWhenActualWas).as("warned while the flow itself was still below 1500").isLessThan(1500);
		assertThat(out.get(0).value()).isGreaterThanOrEqualTo(1500);
	}

	@Test
	void rulesAreFoundByPropertyKindAndAreaAndEachRuleJudgesIndependently() {
		AlertRule byArea = rule(new AlertScope(AlertScope.Type.AREA, "640104"), above(75, 115, 0), Duration.ZERO, Duration.ZERO);
		AlertRule otherArea = rule(new AlertScope(AlertScope.Type.AREA, "610402"), above(75, 115, 0), Duration.ZERO, Duration.ZERO);
		AlertRule byKind = rule(new AlertScope(AlertScope.Type.SENSOR_KIND, "AIR_STATION"), above(100, 200, 0), Duration.ZERO,
				Duration.ZERO);
		evaluator.replaceRules(List.of(byArea, otherArea, byKind));

		List<AlertTransition> transitions = feed("pm25-8", 0, 80, 1, 120);

		assertThat(transitions).extracting(t -> t.rule().id(), AlertTransition::type)
			.containsExactly(tuple(byArea.id(), Type.RAISED),
					tuple(byKind.id(), Type.RAISED),
					tuple(byArea.id(), Type.LEVEL_CHANGED));
	}

	@Test
	void lateObservationsAreNotJudgedAgain() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-9"), above(75, 115, 0), Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		assertThat(feed("pm25-9", 10, 50, 5, 200)).isEmpty();
	}

	@Test
	void afterAManualResolveTheRuleWaitsForTheConditionToClearBeforeRaisingAgain() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-10"), above(75, 115, 0), Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));
		feed("pm25-10", 0, 80);

		evaluator.forget(rule.id(), "pm25-10");

		assertThat(feed("pm25-10", 1, 90, 2, 60)).isEmpty();
		assertThat(feed("pm25-10", 3, 90)).singleElement().extracting(AlertTransition::type).isEqualTo(Type.RAISED);
	}

	@Test
	void restoredOpenAlertResolvesInsteadOfBeingRaisedTwice() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-11"), above(75, 115, 0), Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));

		evaluator.restore(rule.id(), observation("pm25-11", 0, 80), WarningLevel.BLUE);

		assertThat(feed("pm25-11", 1, 90)).isEmpty();
		assertThat(feed("pm25-11", 2, 10)).singleElement().extracting(AlertTransition::type).isEqualTo(Type.RESOLVED);
	}

	@Test
	void changingARuleKeepsItsOpenAlertAndDisablingItForgetsIt() {
		AlertRule rule = rule(new AlertScope(AlertScope.Type.DATASTREAM, "pm25-12"), above(75, 115, 0), Duration.ZERO, Duration.ZERO);
		evaluator.replaceRules(List.of(rule));
		feed("pm25-12", 0, 80);

		AlertRule stricter = new AlertRule(rule.id(), rule.name(), true, rule.scope(), above(60, 115, 0), Duration.ZERO,
				Duration.ZERO);
		evaluator.replaceRules(List.of(stricter));
		assertThat(feed("pm25-12", 1, 70)).isEmpty();
		assertThat(evaluator.activeLevel(rule.id(), "pm25-12")).isEqualTo(WarningLevel.BLUE);

		evaluator.replaceRules(List.of(new AlertRule(rule.id(), rule.name(), false, rule.scope(), above(60, 115, 0),
				Duration.ZERO, Duration.ZERO)));
		assertThat(feed("pm25-12", 2, 200)).isEmpty();
	}
}
