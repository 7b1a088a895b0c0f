package org.cityos.directory.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cityos.directory.Accounts;
import org.cityos.directory.AccountAdministration.AccountChanged;
import org.cityos.directory.Accounts.AccountStamp;
import org.cityos.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session whose account was disabled, deleted or changed (roles, department, password)
 * after the session logged in: the session holds the roles and department it logged in with, and
 * must not keep acting on them. The account's stamp is re-read at most every {@link #RECHECK}
 * per account (at once after a change on this instance), so busy sessions do not cost a query per
 * request. Built by the security configuration, so it runs only inside the security chain.
 */
class SessionFreshness extends OncePerRequestFilter {

	private static final Duration RECHECK = Duration.ofSeconds(5);

	private final Accounts accounts;

	private final Map<String, Checked> checked = new ConcurrentHashMap<>();

	SessionFreshness(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CityUser user
				&& !user.hasRole(Role.SYSTEM) && stale(user)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

	private boolean stale(CityUser user) {
		Instant now = Instant.now();
		Checked last = checked.get(user.username());
		if (last == null || last.at().plus(RECHECK).isBefore(now)) {
			last = new Checked(accounts.stamp(user.username()), now);
			checked.put(user.username(), last);
		}
		return last.stamp().map(stamp -> !stamp.enabled() || stamp.changedAt().isAfter(user.authenticatedAt()))
			.orElse(true);
	}

	/** After commit, so that the next check reads the changed account. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void forget(AccountChanged changed) {
		checked.remove(changed.username());
	}

	private record Checked(Optional<AccountStamp> stamp, Instant at) {
	}
}
