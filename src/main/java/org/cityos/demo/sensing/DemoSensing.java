package org.cityos.demo.sensing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;

import org.cityos.geography.CityMap;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.sensing.AlertRuleBook;
import org.cityos.sensing.SensorRegistry;
import org.cityos.sensing.SensorRegistry.Reading;
import org.cityos.sensing.SensorRegistry.RegisteredSensor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo city's sensors as steps of the demo city's load ({@code cityos.demo.sensors},
 * default on): installs about 2,000 × {@code cityos.demo.scale} sensors through the sensing
 * module's {@link SensorRegistry} (one transaction; skipped when demo sensors exist), back-fills
 * the last 24 hours at one reading per datastream per 5 minutes (skipped once done; values are
 * deterministic, so a back-fill interrupted by a crash repeats as no-ops), then seeds the demo's
 * early-warning rules (by name, once). Rules come after the back-fill so that the alert engine's
 * offline rules do not take a day-old back-filled datastream for a silent one.
 */
@Component
public class DemoSensing {

	private static final Logger log = LoggerFactory.getLogger(DemoSensing.class);

	static final Duration BACK_FILL = Duration.ofHours(24);

	static final Duration BACK_FILL_STEP = Duration.ofMinutes(5);

	static final int BATCH = 10_000;

	private static final int IN_FLIGHT = 6;

	private final SensorRegistry registry;

	private final AlertRuleBook rules;

	private final CityMap cityMap;

	private final SimulatedSensors sensors;

	private final TransactionTemplate transactions;

	private final double scale;

	private final boolean enabled;

	DemoSensing(SensorRegistry registry, AlertRuleBook rules, CityMap cityMap, SimulatedSensors sensors,
			PlatformTransactionManager transactionManager, @Value("${cityos.demo.scale:1.0}") double scale,
			@Value("${cityos.demo.sensors:true}") boolean enabled) {
		this.registry = registry;
		this.rules = rules;
		this.cityMap = cityMap;
		this.sensors = sensors;
		this.transactions = new TransactionTemplate(transactionManager);
		this.scale = scale;
		this.enabled = enabled;
	}

	boolean enabled() {
		return enabled;
	}

	/** The demo city's load steps for sensors; nothing when {@code cityos.demo.sensors=false}. */
	public void load(Job job) {
		if (!enabled) {
			return;
		}
		int total = 0;
		for (DemoSensorKind kind : DemoSensorKind.values()) {
			total += kind.count(scale);
		}
		job.step("传感器 / sensors: " + total, total);
		List<DemoSensor> fleet = install(scale, job::advance);
		Instant until = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		until = until.minusSeconds(until.getEpochSecond() % BACK_FILL_STEP.toSeconds());
		long expected = expectedBackFill(fleet);
		job.step("传感器数据回填 / sensor readings of the last 24 h: about " + expected, expected);
		backFill(fleet, until, job::advance);
		job.step("预警规则 / early-warning rules", DemoAlertRules.ALL.size());
		seedRules();
		job.advance(DemoAlertRules.ALL.size());
	}

	/** Installs the fleet for {@code scale} unless demo sensors exist; answers the fleet. */
	List<DemoSensor> install(double scale, LongConsumer progress) {
		if (sensors.count() > 0) {
			List<DemoSensor> fleet = sensors.all();
			progress.accept(fleet.size());
			return fleet;
		}
		SensorSiting siting = new SensorSiting(cityMap::locate);
		List<SensorSiting.Sited> all = new ArrayList<>();
		for (DemoSensorKind kind : DemoSensorKind.values()) {
			all.addAll(siting.site(kind, kind.count(scale)));
		}
		String episodeDistrict = all.get(0).districtCode(); // the first air station's district
		Instant episodeStart = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(4));
		long started = System.nanoTime();
		transactions.executeWithoutResult(status -> {
			sensors.start(new Incidents(episodeStart, episodeDistrict));
			for (int from = 0; from < all.size(); from += 100) {
				List<SensorSiting.Sited> chunk = all.subList(from, Math.min(all.size(), from + 100));
				List<RegisteredSensor> registered = registry.register(chunk.stream().map(SensorSiting.Sited::sensor).toList());
				for (int i = 0; i < chunk.size(); i++) {
					sensors.add(chunk.get(i), registered.get(i));
				}
				progress.accept(chunk.size());
			}
		});
		log.info("Demo sensors: {} sensors installed in {} s", all.size(), String.format("%.1f", (System.nanoTime() - started) / 1e9));
		return sensors.all();
	}

	static long expectedBackFill(List<DemoSensor> fleet) {
		long datastreams = fleet.stream().mapToLong(s -> s.datastreams().size()).sum();
		return datastreams * (BACK_FILL.toMinutes() / BACK_FILL_STEP.toMinutes());
	}

	/**
	 * Back-fills the 24 hours up to {@code until} in time order, unless done before; waits for the
	 * writer's commit of each batch, with at most a few batches in flight (the writer's backpressure).
	 * Answers how many readings were submitted.
	 */
	long backFill(List<DemoSensor> fleet, Instant until, LongConsumer progress) {
		SimulatedSensors.Simulation simulation = sensors.simulation().orElseThrow();
		if (simulation.backfilledUntil() != null) {
			progress.accept(expectedBackFill(fleet));
			return 0;
		}
		long started = System.nanoTime();
		long submitted = submit(fleet, simulation.incidents(), until.minus(BACK_FILL).plus(BACK_FILL_STEP), until, BACK_FILL_STEP,
				progress, () -> true);
		sensors.backFilled(until);
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("Demo sensors: {} readings of the last 24 h back-filled in {} s ({} readings/s)", submitted,
				String.format("%.1f", seconds), Math.round(submitted / Math.max(seconds, 0.001)));
		return submitted;
	}

	/** Readings of every reporting datastream at each step from {@code from} to {@code to} (both included), durable on return. */
	long submit(List<DemoSensor> fleet, Incidents incidents, Instant from, Instant to, Duration step, LongConsumer progress,
			java.util.function.BooleanSupplier going) {
		Deque<CompletableFuture<?>> inFlight = new ArrayDeque<>();
		List<Reading> batch = new ArrayList<>(BATCH);
		long count = 0;
		for (Instant time = from; !time.isAfter(to) && going.getAsBoolean(); time = time.plus(step)) {
			for (DemoSensor sensor : fleet) {
				int streams = sensor.datastreams().size();
				if (incidents.reports(sensor, time)) {
					for (Map.Entry<String, Long> datastream : sensor.datastreams().entrySet()) {
						batch.add(new Reading(datastream.getValue(), time,
								SensorPatterns.value(sensor, datastream.getKey(), time, incidents)));
					}
					count += streams;
				}
				progress.accept(streams);
				if (batch.size() >= BATCH) {
					send(batch, inFlight);
					batch = new ArrayList<>(BATCH);
				}
			}
		}
		if (!batch.isEmpty()) {
			send(batch, inFlight);
		}
		while (!inFlight.isEmpty()) {
			inFlight.poll().join();
		}
		return count;
	}

	private void send(List<Reading> batch, Deque<CompletableFuture<?>> inFlight) {
		while (inFlight.size() >= IN_FLIGHT) {
			inFlight.poll().join();
		}
		inFlight.add(registry.submitWhenRoom(batch));
	}

	/** Adds the demo's early-warning rules that are not there yet (by name). */
	int seedRules() {
		Set<String> existing = rules.names();
		int added = 0;
		for (DemoAlertRules.Rule rule : DemoAlertRules.ALL) {
			if (!existing.contains(rule.name())) {
				rules.define(rule.json());
				added++;
			}
		}
		return added;
	}
}
