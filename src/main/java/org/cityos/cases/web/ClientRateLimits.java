package org.cityos.cases.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A token bucket per client address, in memory: {@code capacity} requests at once, refilled at
 * {@code capacity} per {@code period}. Over the limit: 429 problem with Retry-After. Per
 * instance (behind a load balancer each instance counts its own share), which bounds abuse
 * without a shared store. Idle buckets are dropped when the map grows large.
 */
final class ClientRateLimits {

	private static final int MAX_CLIENTS = 100_000;

	private final int capacity;

	private final double perNano;

	private final String what;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ClientRateLimits(String what, int capacity, Duration period) {
		this.what = what;
		this.capacity = Math.max(1, capacity);
		this.perNano = (double) this.capacity / period.toNanos();
	}

	/** Takes one token for the client or refuses with 429. */
	void take(String client, long nowNanos) {
		if (buckets.size() > MAX_CLIENTS) {
			buckets.values().removeIf(b -> b.fullAt(nowNanos));
		}
		Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, nowNanos));
		long waitNanos;
		synchronized (bucket) {
			bucket.refill(nowNanos);
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return;
			}
			waitNanos = (long) Math.ceil((1 - bucket.tokens) / perNano);
		}
		long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many " + what + " from your address; try again in " + seconds + " s.");
		problem.setTitle("Too many requests");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		throw new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null) {
			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}
		};
	}

	private final class Bucket {

		double tokens;

		long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		void refill(long now) {
			tokens = Math.min(capacity, tokens + (now - at) * perNano);
			at = now;
		}

		boolean fullAt(long now) {
			return tokens + (now - at) * perNano >= capacity;
		}
	}
}
