package org.cityos.audit;

import org.cityos.shared.CityPrincipal;
import org.jspecify.annotations.Nullable;

/** Who acted, as the audit log records it: a name, the role acted in, the department if any. */
public record AuditActor(String name, String role, @Nullable String departmentCode) {

	public static AuditActor of(CityPrincipal principal) {
		return new AuditActor(principal.username(), principal.primaryRole(), principal.departmentCode());
	}

	/** Someone not (yet) authenticated, e.g. a failed login for {@code name}. */
	public static AuditActor anonymous(String name) {
		return new AuditActor(name, "ANONYMOUS", null);
	}

	/** CityOS itself: scheduled work, the demo loader. */
	public static AuditActor system(String process) {
		return new AuditActor(process, "SYSTEM", null);
	}
}
