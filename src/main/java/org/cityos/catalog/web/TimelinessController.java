package org.cityos.catalog.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.UpdateCycle;
import org.cityos.catalog.collection.Timeliness;
import org.cityos.directory.Departments;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 及时性: when each resource's next delivery is due, and which are overdue. Admins and leaders
 * see every department (or one, with {@code department}); a steward sees their own.
 */
@RestController
class TimelinessController {

	private final Timeliness timeliness;

	private final Departments departments;

	TimelinessController(Timeliness timeliness, Departments departments) {
		this.timeliness = timeliness;
		this.departments = departments;
	}

	/** A resource's delivery rhythm; {@code daysOverdue} counts whole days past {@code expectedAt}. */
	record TimelinessView(String resourceCode, String name, String providerCode, @Nullable String providerName,
			UpdateCycle updateCycle, String updateCycleLabel, @Nullable Instant lastDeliveredAt,
			@Nullable Instant expectedAt, boolean overdue, long daysOverdue) {
	}

	@GetMapping("/api/catalog/timeliness")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STEWARD')")
	List<TimelinessView> timeliness(@RequestParam(required = false) @Nullable String department,
			@RequestParam(defaultValue = "false") boolean overdue, @AuthenticationPrincipal CityPrincipal caller) {
		String scope = department == null || department.isBlank() ? null : department.trim();
		if (caller.hasRole(Role.STEWARD) && !caller.hasRole(Role.ADMIN) && !caller.hasRole(Role.LEADER)) {
			if (scope != null && !scope.equals(caller.departmentCode())) {
				throw new AccessDeniedException("Stewards see their own department's timeliness only");
			}
			scope = caller.departmentCode();
		}
		Map<String, String> names = departments.names();
		Instant now = Instant.now();
		return timeliness.list(scope, overdue).stream()
			.map(e -> new TimelinessView(e.resourceCode(), e.name(), e.providerCode(), names.get(e.providerCode()),
					e.updateCycle(), e.updateCycle().label(), e.lastDeliveredAt(), e.expectedAt(), e.overdue(),
					e.overdue() && e.expectedAt() != null ? Duration.between(e.expectedAt(), now).toDays() : 0))
			.toList();
	}
}
