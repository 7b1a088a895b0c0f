package org.cityos.directory.security;

import org.cityos.audit.AuditActor;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.shared.CityPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Records logouts in the audit log. */
@Component
class LogoutAudit implements LogoutHandler {

	private final AuditLog audit;

	LogoutAudit(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CityPrincipal principal) {
			audit.record(AuditActor.of(principal), "auth.logout", principal.username(), AuditOutcome.SUCCESS, null);
		}
	}
}
