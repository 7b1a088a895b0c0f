package org.cityos.sensing.alerting.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.cityos.sensing.alerting.AlertRule;
import org.cityos.sensing.alerting.AlertRuleAdministration;
import org.cityos.sensing.alerting.AlertScope;
import org.cityos.sensing.alerting.RuleCondition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 预警规则: anyone logged in reads the rules (the monitors must know why an alert came); the
 * operations center (OPERATOR) and admins edit them. A rule is checked whole before anything is
 * stored: an unknown kind, thresholds not rising (ABOVE) or falling (BELOW) from BLUE to RED, a
 * negative duration → 400 with every problem listed.
 */
@RestController
@RequestMapping("/api/sensing/rules")
class AlertRulesController {

	private final AlertRuleAdministration administration;

	AlertRulesController(AlertRuleAdministration administration) {
		this.administration = administration;
	}

	/** A rule as the editor sends it; durations ISO-8601 ("PT10M"), both optional (0). */
	record RuleRequest(@Nullable String name, @Nullable Boolean enabled, @Nullable AlertScope scope,
			@Nullable RuleCondition condition, @Nullable Duration minimumDuration, @Nullable Duration clearDuration) {

		AlertRule rule(UUID id) {
			return AlertRule.checked(id, name, enabled, scope, condition, minimumDuration, clearDuration);
		}
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<AlertRule> rules() {
		return administration.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	AlertRule rule(@PathVariable UUID id) {
		return administration.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
	AlertRule create(@RequestBody RuleRequest request) {
		return administration.create(request.rule(UUID.randomUUID()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
	AlertRule update(@PathVariable UUID id, @RequestBody RuleRequest request) {
		return administration.update(request.rule(id));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
	void delete(@PathVariable UUID id) {
		administration.delete(id);
	}
}
