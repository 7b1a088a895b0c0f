package org.cityos.sensing.alerting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * 预警规则: a scope, a condition, and the timing that keeps alerts from flapping. A level is
 * raised only once the condition has held at that level for {@code minimumDuration} (0: at the
 * first observation); an open alert is lowered or resolved only once the condition has stayed
 * below its level for {@code clearDuration} (0: at once). Valid by construction through
 * {@link #checked}: nothing invalid is stored or evaluated.
 */
public record AlertRule(UUID id, String name, boolean enabled, AlertScope scope, RuleCondition condition,
		Duration minimumDuration, Duration clearDuration) {

	/** Builds a rule after checking every field; throws one {@link InvalidInputException} listing all problems. */
	public static AlertRule checked(UUID id, @Nullable String name, @Nullable Boolean enabled, @Nullable AlertScope scope,
			@Nullable RuleCondition condition, @Nullable Duration minimumDuration, @Nullable Duration clearDuration) {
		List<FieldProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.length() > 200) {
			problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
		}
		if (scope == null || scope.type() == null || scope.value() == null || scope.value().isBlank()) {
			problems.add(new FieldProblem("scope", "needs a type (DATASTREAM, OBSERVED_PROPERTY, SENSOR_KIND, AREA) and a value"));
		}
		if (condition == null) {
			problems.add(new FieldProblem("condition", "is required, with a kind (THRESHOLD, RATE_OF_CHANGE, NO_DATA, "
					+ "AQI_CATEGORY, WATER_CLASS_WORSE_THAN_TARGET, FORECAST_BREACH)"));
		}
		else {
			condition.check(problems);
		}
		Checks.notNegative("minimumDuration", minimumDuration, problems);
		Checks.notNegative("clearDuration", clearDuration, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("invalid alert rule: " + problems.get(0).field() + " " + problems.get(0).message(),
					problems);
		}
		return new AlertRule(id, name.strip(), enabled == null || enabled, scope, condition,
				minimumDuration == null ? Duration.ZERO : minimumDuration, clearDuration == null ? Duration.ZERO : clearDuration);
	}
}
