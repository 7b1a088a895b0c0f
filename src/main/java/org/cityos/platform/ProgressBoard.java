package org.cityos.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.cityos.shared.ConflictException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Long work (loading the demo city, big deliveries, full comparisons) reports here, so that its
 * progress shows in the UI ({@code GET /api/platform/status}) and in the log. Jobs are kept in
 * memory: progress is about this instance's running work, not history.
 */
@Component
public class ProgressBoard {

	private static final Logger log = LoggerFactory.getLogger(ProgressBoard.class);

	private static final Duration KEEP_FINISHED = Duration.ofMinutes(10);

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	/** Starts (or restarts) the job with this key. */
	public Job start(String key, String title) {
		Job job = new Job(key, title);
		jobs.put(key, job);
		log.info("[{}] started: {}", key, title);
		return job;
	}

	/** Starts the job unless one with this key is still running (then 409): long work that must not overlap. */
	public Job startExclusive(String key, String title) {
		Job job = jobs.compute(key, (k, running) -> {
			if (running != null && running.state == State.RUNNING) {
				throw new ConflictException("'" + running.title + "' is still running (" + key + ")");
			}
			return new Job(key, title);
		});
		log.info("[{}] started: {}", key, title);
		return job;
	}

	public @Nullable Job find(String key) {
		return jobs.get(key);
	}

	/** Running jobs, and finished ones for {@link #KEEP_FINISHED} after they ended (then they are forgotten). */
	public List<JobStatus> statuses() {
		Instant forgetBefore = Instant.now().minus(KEEP_FINISHED);
		jobs.values().removeIf(job -> {
			Instant finished = job.finishedAt;
			return finished != null && finished.isBefore(forgetBefore) && !job.key.equals("demo-city");
		});
		return jobs.values().stream().map(Job::status).sorted(Comparator.comparing(JobStatus::startedAt)).toList();
	}

	public enum State {
		RUNNING, DONE, FAILED
	}

	/** A job's progress as the UI shows it. */
	public record JobStatus(String key, String title, State state, String step, long done, long total,
			@Nullable String message, Instant startedAt, @Nullable Instant finishedAt) {
	}

	/** One piece of long work; safe to advance from several threads. */
	public static final class Job {

		private final String key;

		private final String title;

		private final Instant startedAt = Instant.now();

		private final AtomicLong done = new AtomicLong();

		private volatile long total;

		private volatile String step = "";

		private volatile State state = State.RUNNING;

		private volatile @Nullable String message;

		private volatile @Nullable Instant finishedAt;

		private volatile long lastLoggedAt;

		private Job(String key, String title) {
			this.key = key;
			this.title = title;
		}

		/** Begins a step with its own count of things to do. */
		public void step(String name, long totalOfStep) {
			this.step = name;
			this.total = totalOfStep;
			this.done.set(0);
			log.info("[{}] {} (0/{})", key, name, totalOfStep);
		}

		public void advance(long count) {
			long now = done.addAndGet(count);
			long millis = System.currentTimeMillis();
			if (millis - lastLoggedAt > 2_000) {
				lastLoggedAt = millis;
				log.info("[{}] {}: {}/{}", key, step, now, total);
			}
		}

		public void finish(String summary) {
			message = summary;
			state = State.DONE;
			finishedAt = Instant.now();
			log.info("[{}] done: {}", key, summary);
		}

		public void fail(String reason) {
			message = reason;
			state = State.FAILED;
			finishedAt = Instant.now();
			log.error("[{}] failed: {}", key, reason);
		}

		/** Does the work as this job: finished with the summary it answers, failed with the reason it throws. */
		public void run(Supplier<String> work) {
			try {
				finish(work.get());
			}
			catch (RuntimeException ex) {
				fail(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			}
		}

		public State state() {
			return state;
		}

		JobStatus status() {
			return new JobStatus(key, title, state, step, done.get(), total, message, startedAt, finishedAt);
		}
	}
}
