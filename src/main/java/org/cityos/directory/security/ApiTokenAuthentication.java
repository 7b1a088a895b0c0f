package org.cityos.directory.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cityos.directory.ApiToken;
import org.cityos.directory.ApiTokens;
import org.cityos.directory.TokenAdministration;
import org.cityos.directory.TokenAdministration.TokenRevoked;
import org.cityos.shared.Role;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer cty_...} as the token's department system (role
 * SYSTEM). A verified token is remembered for a few seconds, so busy exchange clients do not
 * cost a database read per request; revocation on this instance drops it at once, other
 * instances within {@link #REMEMBER}. Built by the security configuration, not as a bean, so
 * that it runs only inside the security chain.
 */
class ApiTokenAuthentication extends OncePerRequestFilter {

	private static final Duration REMEMBER = Duration.ofSeconds(10);

	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final ApiTokens tokens;

	private final ProblemWriter problems;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	ApiTokenAuthentication(ApiTokens tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SecurityConfiguration.carriesApiToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiToken> token = verify(request.getHeader("Authorization").substring(7).trim());
		if (token.isEmpty()) {
			problems.commence(request, response, new InvalidTokenException("The API token is unknown, expired or revoked."));
			return;
		}
		CityUser system = new CityUser("system:" + token.get().departmentCode() + ":" + token.get().name(),
				token.get().name(), null, Set.of(Role.SYSTEM), token.get().departmentCode(), true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<ApiToken> verify(String secret) {
		if (!secret.startsWith(TokenAdministration.TOKEN_PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		String hash = TokenAdministration.hash(secret);
		Instant now = Instant.now();
		Verified cached = verified.get(hash);
		if (cached == null || cached.checkedAt().plus(REMEMBER).isBefore(now)) {
			Optional<ApiToken> stored = tokens.findByHash(hash);
			if (stored.isEmpty()) {
				return Optional.empty();
			}
			cached = new Verified(stored.get(), now, cached == null ? Instant.EPOCH : cached.touchedAt());
			verified.put(hash, cached);
		}
		if (!cached.token().usableAt(now)) {
			return Optional.empty();
		}
		if (cached.touchedAt().plus(TOUCH_EVERY).isBefore(now)) {
			tokens.touch(cached.token().id(), now);
			verified.put(hash, new Verified(cached.token(), cached.checkedAt(), now));
		}
		return Optional.of(cached.token());
	}

	/** After commit: evicting earlier would let a request in between cache the not-yet-revoked row again. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void forget(TokenRevoked revoked) {
		verified.values().removeIf(v -> v.token().id().equals(revoked.id()));
	}

	private record Verified(ApiToken token, Instant checkedAt, Instant touchedAt) {
	}
}
