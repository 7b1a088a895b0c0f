package org.cityos.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.cityos.shared.CityPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries. An entry is inserted in the caller's transaction, so an audited change
 * and its entry commit or roll back together; the chain sealer hashes it shortly after. The
 * actor is taken from the security context and the client address from the current request,
 * unless given.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	public AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an action of the current caller. */
	public void record(String action, String target, AuditOutcome outcome, @Nullable String detail) {
		record(currentActor(), action, target, outcome, detail);
	}

	public void record(AuditActor actor, String action, String target, AuditOutcome outcome, @Nullable String detail) {
		jdbc.sql("""
				insert into audit_entry (at, actor, role, department_code, action, target, outcome, client_address, detail)
				values (:at, :actor, :role, :department, :action, :target, :outcome, :client, :detail)
				""")
			.param("at", java.sql.Timestamp.from(now()))
			.param("actor", truncate(actor.name(), 200))
			.param("role", actor.role())
			.param("department", actor.departmentCode())
			.param("action", truncate(action, 100))
			.param("target", truncate(target, 500))
			.param("outcome", outcome.name())
			.param("client", clientAddress())
			.param("detail", detail)
			.update();
	}

	/** The current caller as an actor; CityOS itself when nobody is authenticated. */
	public static AuditActor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CityPrincipal principal) {
			return AuditActor.of(principal);
		}
		return AuditActor.system("cityos");
	}

	/** PostgreSQL keeps microseconds; hashing must see the same instant the database returns. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
