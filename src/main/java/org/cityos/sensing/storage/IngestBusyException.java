package org.cityos.sensing.storage;

import java.time.Duration;

/** The writer's queue is full: the caller should retry after {@link #retryAfter()} (HTTP 503 with Retry-After). */
public class IngestBusyException extends RuntimeException {

	private final Duration retryAfter;

	public IngestBusyException(Duration retryAfter) {
		super("The observation writer is busy; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
