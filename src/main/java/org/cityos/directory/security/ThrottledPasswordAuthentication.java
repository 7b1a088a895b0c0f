package org.cityos.directory.security;

import java.time.Duration;
import java.util.Objects;

import org.cityos.audit.AuditActor;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password authentication for the login page and HTTP Basic, behind the login throttle. Every
 * failed or refused attempt is audited; successful UI logins are audited by the login endpoint
 * (a Basic client authenticates on every request, which would flood the log).
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	ThrottledPasswordAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		// One transaction per attempt: lock the name, check, record. The outcome is carried out of
		// the transaction so that a failure is committed, not rolled back with the exception.
		Attempt attempt = Objects.requireNonNull(transactions.execute(status -> {
			Duration wait = throttle.lockAndWaitFor(username);
			if (!wait.isZero()) {
				audit.record(AuditActor.anonymous(username), "auth.login", username, AuditOutcome.DENIED,
						"throttled for " + wait.toSeconds() + " s after repeated failures");
				return new Attempt(null, new LoginThrottledException(wait));
			}
			try {
				Authentication result = passwords.authenticate(authentication);
				throttle.succeeded(username);
				return new Attempt(result, null);
			}
			catch (AuthenticationException ex) {
				throttle.failed(username);
				audit.record(AuditActor.anonymous(username), "auth.login", username, AuditOutcome.FAILURE,
						ex.getClass().getSimpleName());
				return new Attempt(null, ex);
			}
		}));
		if (attempt.failure() != null) {
			throw attempt.failure();
		}
		return Objects.requireNonNull(attempt.result());
	}

	private record Attempt(@Nullable Authentication result, @Nullable AuthenticationException failure) {
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
