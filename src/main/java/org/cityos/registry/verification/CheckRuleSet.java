package org.cityos.registry.verification;

import java.util.List;

/** A cross-check as data (低保核对): its rules and the departments that may run it. */
public record CheckRuleSet(String code, String label, String description, List<String> departments,
		List<CheckRule> rules) {

	public CheckRuleSet {
		departments = List.copyOf(departments);
		rules = List.copyOf(rules);
	}
}
