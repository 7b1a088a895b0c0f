package org.cityos.directory.security;

import java.time.Duration;

import org.cityos.audit.AuditActor;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password authentication for the login page and HTTP Basic, behind the login throttle. Every
 * failed or refused attempt is audited; successful UI logins are audited by the login endpoint
 * (a Basic client authenticates on every request, which would flood the log).
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	ThrottledPasswordAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Duration wait = throttle.waitFor(username);
		if (!wait.isZero()) {
			audit.record(AuditActor.anonymous(username), "auth.login", username, AuditOutcome.DENIED,
					"throttled for " + wait.toSeconds() + " s after repeated failures");
			throw new LoginThrottledException(wait);
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (AuthenticationException ex) {
			throttle.failed(username);
			audit.record(AuditActor.anonymous(username), "auth.login", username, AuditOutcome.FAILURE,
					ex.getClass().getSimpleName());
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
