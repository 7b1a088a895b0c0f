package org.cityos.sensing.alerting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.cityos.sensing.ObservationsStored;
import org.cityos.sensing.alerting.DatastreamContexts.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Feeds stored observations to the {@link AlertEngine}: hears {@link ObservationsStored} (published
 * inside the writer's transaction), and after that transaction commits hands the batch to one
 * feed thread, which adds each datastream's context ({@link DatastreamContexts}) and calls
 * {@link AlertEngine#evaluate}. The writer thread only enqueues; the engine's lock is never taken
 * on it. One thread keeps observations in order per datastream.
 * <p>
 * Why not {@code @TransactionalEventListener} or {@code @ApplicationModuleListener}: Spring
 * Modulith stores a publication (the whole event as JSON, up to 10,000 values) for every
 * after-commit listener in the writer's transaction and marks it complete afterwards — two writes
 * and a serialisation per batch on the ingest path, for a guarantee the engine does not need:
 * alerts judge the present, and at start-up the engine is {@link #seed seeded} with every
 * datastream's latest value (so a condition still holding, and silence, are judged again after a
 * crash). What a crash between commit and evaluation loses is at most the pending duration of
 * conditions on the observations in flight.
 * <p>
 * Bounded: when {@code capacity} batches wait (the engine is far behind), the writer blocks
 * enqueuing — ingestion slows (HTTP 503, MQTT flow control) instead of alerts being dropped.
 */
@Component
class ObservationFeed implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ObservationFeed.class);

	private static final int CAPACITY = 1_000;

	private static final int SEED_CHUNK = 10_000;

	private final AlertEngine engine;

	private final DatastreamContexts contexts;

	private final JdbcClient jdbc;

	private final LinkedBlockingQueue<List<ObservationsStored.Value>> queue = new LinkedBlockingQueue<>(CAPACITY);

	private final ExecutorService thread;

	private final AtomicLong evaluated = new AtomicLong();

	ObservationFeed(AlertEngine engine, DatastreamContexts contexts, JdbcClient jdbc) {
		this.engine = engine;
		this.contexts = contexts;
		this.jdbc = jdbc;
		this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
			Thread t = new Thread(runnable, "sensing-alert-feed");
			t.setDaemon(true);
			return t;
		});
		thread.execute(this::drain);
	}

	@EventListener
	void stored(ObservationsStored event) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					enqueue(event.observations());
				}
			});
		}
		else {
			enqueue(event.observations());
		}
	}

	/** Observations the feed has handed to the engine since start (for measurements). */
	long evaluated() {
		return evaluated.get();
	}

	/** Judges every datastream's latest numeric value, so conditions and silence carry over a restart. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void seed() {
		List<ObservationsStored.Value> latest = jdbc.sql("""
				select observation_id, datastream_id, phenomenon_time, result_number from sensing_latest
				where result_number is not null order by phenomenon_time""")
			.query((rs, n) -> new ObservationsStored.Value(rs.getLong(1), rs.getLong(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getDouble(4)))
			.list();
		for (int from = 0; from < latest.size(); from += SEED_CHUNK) {
			enqueue(latest.subList(from, Math.min(latest.size(), from + SEED_CHUNK)));
		}
		if (!latest.isEmpty()) {
			log.info("Alert engine seeded with the latest values of {} datastreams", latest.size());
		}
	}

	private void enqueue(List<ObservationsStored.Value> observations) {
		try {
			if (!queue.offer(observations)) {
				log.warn("The alert feed is {} batches behind; the observation writer waits", CAPACITY);
				queue.put(observations);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void drain() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				List<ObservationsStored.Value> batch = new ArrayList<>(queue.take());
				List<ObservationsStored.Value> more;
				while (batch.size() < SEED_CHUNK && (more = queue.poll()) != null) {
					batch.addAll(more);
				}
				evaluate(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				log.error("Judging stored observations against the alert rules failed; continuing", ex);
			}
		}
	}

	void evaluate(List<ObservationsStored.Value> batch) {
		List<ObservationsStored.Value> numeric = new ArrayList<>(batch.size());
		List<Long> datastreams = new ArrayList<>();
		for (ObservationsStored.Value value : batch) {
			if (value.value() != null && Double.isFinite(value.value())) {
				numeric.add(value);
				datastreams.add(value.datastreamId());
			}
		}
		if (numeric.isEmpty()) {
			return;
		}
		Map<Long, Context> known = contexts.of(new java.util.HashSet<>(datastreams));
		// in time order, so that a datastream's observations from two submissions are judged oldest first
		numeric.sort(Comparator.comparing(ObservationsStored.Value::phenomenonTime));
		List<ObservedValue> observed = new ArrayList<>(numeric.size());
		for (ObservationsStored.Value value : numeric) {
			Context context = known.get(value.datastreamId());
			observed.add(new ObservedValue(Long.toString(value.datastreamId()), value.phenomenonTime(), value.value(),
					context.observedProperty(), context.sensorKind(), context.divisionCodes()));
		}
		engine.evaluate(observed);
		evaluated.addAndGet(observed.size());
	}

	@Override
	public void destroy() throws InterruptedException {
		// the writer has stopped (its lifecycle ends before beans are destroyed): let the queue run dry
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!queue.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		thread.shutdownNow();
		thread.awaitTermination(5, TimeUnit.SECONDS);
	}

}
