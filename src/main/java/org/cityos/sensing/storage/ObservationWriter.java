package org.cityos.sensing.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.cityos.sensing.ObservationsStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of observations. Submitters (HTTP, MQTT, SensorThings POSTs) hand it validated
 * observations and get a future that completes only after the transaction holding them committed
 * (PostgreSQL's synchronous commit: durable). One thread drains the queue and writes up to
 * {@code flushSize} observations per transaction, so many small submissions share one commit.
 * <p>
 * Bounded: at most {@code queueCapacity} observations wait. {@link #submit} refuses beyond it
 * ({@link IngestBusyException}, HTTP answers 503 with Retry-After); {@link #submitWhenRoom} parks the
 * submission until room frees (MQTT: the publisher gets no acknowledgement meanwhile, so the broker's
 * flow control — receive maximum, in-flight window — slows it; nothing is dropped). Parked
 * submissions are bounded by the clients' in-flight windows.
 * <p>
 * If a transaction fails, each submission is retried alone so that one bad submission fails only
 * its own future. Stopped after the web server and the MQTT broker, draining what was accepted.
 */
@Component
public class ObservationWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ObservationWriter.class);

	private final LinkedBlockingQueue<Submission> queue = new LinkedBlockingQueue<>();

	private final ConcurrentLinkedQueue<Submission> parked = new ConcurrentLinkedQueue<>();

	private final AtomicInteger pending = new AtomicInteger();

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<CommitObserver> observers;

	private final IngestProperties properties;

	private final Partitions partitions;

	private volatile boolean running;

	private Thread thread;

	ObservationWriter(DataSource dataSource, TransactionTemplate transactions, ApplicationEventPublisher events,
			ObjectProvider<CommitObserver> observers, IngestProperties properties, Partitions partitions) {
		this.partitions = partitions;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.events = events;
		this.observers = observers;
		this.properties = properties;
	}

	/** Queues the observations, or refuses at once when the queue is full. */
	public CompletableFuture<List<StoredObservation>> submit(List<NewObservation> observations) {
		Submission submission = new Submission(List.copyOf(observations), new CompletableFuture<>());
		if (!running) {
			throw new IngestBusyException(properties.retryAfter());
		}
		if (!reserve(submission.observations.size())) {
			throw new IngestBusyException(properties.retryAfter());
		}
		queue.add(submission);
		return submission.done;
	}

	/** Queues the observations, waiting (without a thread) for room when the queue is full. */
	public CompletableFuture<List<StoredObservation>> submitWhenRoom(List<NewObservation> observations) {
		Submission submission = new Submission(List.copyOf(observations), new CompletableFuture<>());
		if (parked.isEmpty() && reserve(submission.observations.size())) {
			queue.add(submission);
		}
		else {
			parked.add(submission);
			admitParked();
		}
		return submission.done;
	}

	/**
	 * Writes in the caller's transaction, bypassing the queue: for Observations inside a deep insert,
	 * which must commit or roll back with the entities around them. Observers hear after commit.
	 */
	public List<StoredObservation> writeInCurrentTransaction(List<NewObservation> observations) {
		List<StoredObservation> stored = writeTransaction(observations);
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
					new org.springframework.transaction.support.TransactionSynchronization() {
						@Override
						public void afterCommit() {
							notifyObservers(observations, stored);
						}
					});
		}
		return stored;
	}

	/** Submissions waiting for room (MQTT publishers held back by flow control). */
	public int parked() {
		return parked.size();
	}

	/** Observations accepted and not yet committed. */
	public int pending() {
		return pending.get();
	}

	private boolean reserve(int count) {
		while (true) {
			int current = pending.get();
			// A submission larger than the whole queue is still admitted into an empty queue.
			if (current > 0 && current + count > properties.queueCapacity()) {
				return false;
			}
			if (pending.compareAndSet(current, current + count)) {
				return true;
			}
		}
	}

	private void admitParked() {
		Submission next;
		while ((next = parked.peek()) != null && reserve(next.observations.size())) {
			if (parked.remove(next)) {
				queue.add(next);
			}
			else {
				pending.addAndGet(-next.observations.size());
			}
		}
	}

	private void run() {
		while (running || !queue.isEmpty() || !parked.isEmpty()) {
			try {
				Submission first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					admitParked();
					continue;
				}
				List<Submission> batch = new ArrayList<>();
				batch.add(first);
				int size = first.observations.size();
				Submission next;
				while (size < properties.flushSize() && (next = queue.peek()) != null
						&& size + next.observations.size() <= properties.flushSize()) {
					batch.add(queue.poll());
					size += next.observations.size();
				}
				write(batch);
				pending.addAndGet(-size);
				admitParked();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Observation writer loop failed; continuing", ex);
			}
		}
	}

	private void write(List<Submission> batch) {
		List<NewObservation> all = new ArrayList<>();
		batch.forEach(s -> all.addAll(s.observations));
		try {
			List<StoredObservation> stored = writeTransaction(all);
			int from = 0;
			for (Submission submission : batch) {
				submission.done.complete(stored.subList(from, from + submission.observations.size()));
				from += submission.observations.size();
			}
			notifyObservers(all, stored);
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				log.warn("Could not write {} observations: {}", all.size(), ex.getMessage());
				batch.get(0).done.completeExceptionally(ex);
				return;
			}
			for (Submission submission : batch) {
				write(List.of(submission));
			}
		}
	}

	private List<StoredObservation> writeTransaction(List<NewObservation> observations) {
		return transactions.execute(status -> {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				List<StoredObservation> stored = ObservationRows.insert(connection, observations, properties.zone());
				List<ObservationsStored.Value> values = new ArrayList<>();
				for (int i = 0; i < stored.size(); i++) {
					StoredObservation s = stored.get(i);
					if (s.created()) {
						values.add(new ObservationsStored.Value(s.id(), s.datastreamId(), s.phenomenonTime(),
								observations.get(i).resultNumber()));
					}
				}
				if (!values.isEmpty()) {
					events.publishEvent(new ObservationsStored(values));
				}
				return stored;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Writing observations failed: " + ex.getMessage(), ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		});
	}

	private void notifyObservers(List<NewObservation> observations, List<StoredObservation> stored) {
		if (stored.stream().noneMatch(StoredObservation::created)) {
			return;
		}
		observers.forEach(observer -> {
			try {
				observer.committed(observations, stored);
			}
			catch (RuntimeException ex) {
				log.warn("Commit observer {} failed", observer, ex);
			}
		});
	}

	@Override
	public void start() {
		// Before the first write: a row in the default partition would forbid creating its month later.
		partitions.createAhead(java.time.Instant.now());
		running = true;
		thread = new Thread(this::run, "sensing-observation-writer");
		thread.setDaemon(false);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		if (thread != null) {
			try {
				thread.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before and stops after the web server and the MQTT broker, which feed it. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private record Submission(List<NewObservation> observations, CompletableFuture<List<StoredObservation>> done) {
	}
}
