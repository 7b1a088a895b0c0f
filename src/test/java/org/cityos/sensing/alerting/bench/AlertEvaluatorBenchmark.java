package org.cityos.sensing.alerting.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.cityos.sensing.WarningLevel;
import org.cityos.sensing.alerting.AlertEvaluator;
import org.cityos.sensing.alerting.AlertRule;
import org.cityos.sensing.alerting.AlertScope;
import org.cityos.sensing.alerting.AlertTransition;
import org.cityos.sensing.alerting.Direction;
import org.cityos.sensing.alerting.ObservedValue;
import org.cityos.sensing.alerting.RuleCondition;
import org.cityos.sensing.indices.AqiCategory;
import org.cityos.sensing.indices.AqiItem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Observations per second through the evaluator: 2,000 datastreams, each matched by 4 rules — a
 * per-datastream THRESHOLD with a 5-minute minimum duration and hysteresis, a per-datastream
 * FORECAST_BREACH (Holt), a per-property RATE_OF_CHANGE over 10 minutes, and a per-area AQI_CATEGORY
 * (2,000 + 2,000 + 20 + 10 rules in all). Values are a random walk that crosses the thresholds, so
 * alerts are raised, escalated and resolved along the way. One batch = 2,000 observations, one per
 * datastream, one minute apart from the previous batch.
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.args=AlertEvaluatorBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AlertEvaluatorBenchmark {

	static final int DATASTREAMS = 2_000;

	private final AlertEvaluator evaluator = new AlertEvaluator();

	private final SplittableRandom random = new SplittableRandom(42);

	private final String[] ids = new String[DATASTREAMS];

	private final String[] properties = new String[DATASTREAMS];

	private final List<List<String>> areas = new ArrayList<>();

	private final double[] values = new double[DATASTREAMS];

	private final List<AlertTransition> out = new ArrayList<>();

	private Instant time = Instant.parse("2026-05-01T00:00:00Z");

	public long transitions;

	@Setup
	public void rules() {
		List<AlertRule> rules = new ArrayList<>();
		for (int i = 0; i < DATASTREAMS; i++) {
			ids[i] = "ds-" + i;
			properties[i] = "P" + (i % 20);
			areas.add(List.of("6401" + (i % 10), "6401" + (i % 10) + "00" + (i % 50)));
			values[i] = 50;
			rules.add(AlertRule.checked(UUID.randomUUID(), "t" + i, true, new AlertScope(AlertScope.Type.DATASTREAM, ids[i]),
					new RuleCondition.Threshold(Direction.ABOVE,
							Map.of(WarningLevel.BLUE, 75.0, WarningLevel.YELLOW, 115.0, WarningLevel.RED, 250.0), 5.0),
					Duration.ofMinutes(5), Duration.ofMinutes(2)));
			rules.add(AlertRule.checked(UUID.randomUUID(), "f" + i, true, new AlertScope(AlertScope.Type.DATASTREAM, ids[i]),
					new RuleCondition.ForecastBreach(Direction.ABOVE, Map.of(WarningLevel.YELLOW, 150.0), Duration.ofMinutes(15),
							5.0),
					Duration.ZERO, Duration.ofMinutes(5)));
		}
		for (int p = 0; p < 20; p++) {
			rules.add(AlertRule.checked(UUID.randomUUID(), "r" + p, true, new AlertScope(AlertScope.Type.OBSERVED_PROPERTY, "P" + p),
					new RuleCondition.RateOfChange(Direction.ABOVE, Map.of(WarningLevel.ORANGE, 8.0), Duration.ofMinutes(10), 1.0),
					Duration.ZERO, Duration.ZERO));
		}
		for (int a = 0; a < 10; a++) {
			rules.add(AlertRule.checked(UUID.randomUUID(), "a" + a, true, new AlertScope(AlertScope.Type.AREA, "6401" + a),
					new RuleCondition.AqiCategoryReached(AqiCategory.LIGHTLY_POLLUTED, AqiItem.PM2_5_1H, 5.0), Duration.ZERO,
					Duration.ZERO));
		}
		evaluator.replaceRules(rules);
	}

	@Benchmark
	@OperationsPerInvocation(DATASTREAMS)
	public int batchOfObservations() {
		time = time.plusSeconds(60);
		out.clear();
		for (int i = 0; i < DATASTREAMS; i++) {
			values[i] = Math.max(0, Math.min(300, values[i] + random.nextDouble(-12, 12.5)));
			evaluator.evaluate(new ObservedValue(ids[i], time, values[i], properties[i], "AIR_STATION", areas.get(i)), out);
		}
		transitions += out.size();
		return out.size();
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public int oneObservation() {
		int i = random.nextInt(DATASTREAMS);
		time = time.plusMillis(30);
		out.clear();
		values[i] = Math.max(0, Math.min(300, values[i] + random.nextDouble(-12, 12.5)));
		evaluator.evaluate(new ObservedValue(ids[i], time, values[i], properties[i], "AIR_STATION", areas.get(i)), out);
		return out.size();
	}
}
