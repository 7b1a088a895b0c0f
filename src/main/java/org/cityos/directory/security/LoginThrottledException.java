package org.cityos.directory.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this username: try again after {@link #retryAfter()}. */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}
}
