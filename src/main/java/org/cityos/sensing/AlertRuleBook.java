package org.cityos.sensing;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cityos.sensing.alerting.AlertRule;
import org.cityos.sensing.alerting.AlertRuleAdministration;
import org.cityos.sensing.alerting.AlertScope;
import org.cityos.sensing.alerting.RuleCondition;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sensing module's entry point for other modules that set up early-warning rules (预警规则),
 * e.g. the demo city: a rule is given in the JSON of {@code POST /api/sensing/rules}
 * (docs/sensing-indices-alerts.md) and goes through the same checks, audit and engine update
 * as an operator's rule.
 */
@Service
public class AlertRuleBook {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AlertRuleAdministration administration;

	AlertRuleBook(AlertRuleAdministration administration) {
		this.administration = administration;
	}

	/** The names of the rules there are. */
	public Set<String> names() {
		return administration.all().stream().map(AlertRule::name).collect(Collectors.toSet());
	}

	/** Checks and stores one rule; answers its id. Throws {@link InvalidInputException} listing every problem. */
	public UUID define(String ruleJson) {
		RuleJson parsed;
		try {
			parsed = JSON.readValue(ruleJson, RuleJson.class);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("malformed alert rule: " + ex.getOriginalMessage());
		}
		return administration.create(parsed.rule(UUID.randomUUID())).id();
	}

	private record RuleJson(@Nullable String name, @Nullable Boolean enabled, @Nullable AlertScope scope,
			@Nullable RuleCondition condition, @Nullable Duration minimumDuration, @Nullable Duration clearDuration) {

		AlertRule rule(UUID id) {
			return AlertRule.checked(id, name, enabled, scope, condition, minimumDuration, clearDuration);
		}
	}
}
