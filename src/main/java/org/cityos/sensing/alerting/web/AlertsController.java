package org.cityos.sensing.alerting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cityos.sensing.AlertRuleKind;
import org.cityos.sensing.WarningLevel;
import org.cityos.sensing.alerting.Alert;
import org.cityos.sensing.alerting.AlertDesk;
import org.cityos.sensing.alerting.AlertState;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts: anyone logged in reads them (filters state, level, kind, area, datastream; paged, newest
 * first); the operations center, admins and city leaders acknowledge and resolve them.
 */
@RestController
@RequestMapping("/api/sensing/alerts")
class AlertsController {

	private final AlertDesk desk;

	AlertsController(AlertDesk desk) {
		this.desk = desk;
	}

	record AcknowledgeRequest(@Nullable @Size(max = 2000) String note) {
	}

	record ResolveRequest(@NotBlank @Size(max = 2000) String note) {
	}

	/** {@code state}: RAISED, ACKNOWLEDGED, RESOLVED, comma-separated, or OPEN for the first two. */
	@GetMapping
	@PreAuthorize("isAuthenticated()")
	PageResult<Alert> alerts(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String area, @RequestParam(required = false) @Nullable String datastream,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return desk.alerts(states(state), parse(WarningLevel.class, "level", level), parse(AlertRuleKind.class, "kind", kind),
				blankToNull(area), blankToNull(datastream), new PageRequest(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	Alert alert(@PathVariable UUID id) {
		return desk.alert(id);
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN', 'LEADER')")
	Alert acknowledge(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable AcknowledgeRequest request) {
		return desk.acknowledge(id, request == null ? null : request.note());
	}

	@PostMapping("/{id}/resolve")
	@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN', 'LEADER')")
	Alert resolve(@PathVariable UUID id, @Valid @RequestBody ResolveRequest request) {
		return desk.resolve(id, request.note());
	}

	private static @Nullable List<AlertState> states(@Nullable String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		List<AlertState> states = new ArrayList<>();
		for (String part : state.split(",")) {
			if (part.strip().equalsIgnoreCase("OPEN")) {
				states.add(AlertState.RAISED);
				states.add(AlertState.ACKNOWLEDGED);
			}
			else {
				states.add(parse(AlertState.class, "state", part));
			}
		}
		return states;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.ofField(field, "unknown value " + value.strip());
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
