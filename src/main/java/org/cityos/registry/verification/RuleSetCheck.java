package org.cityos.registry.verification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Resources;
import org.cityos.registry.verification.CheckRule.Measure;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What makes a rule set usable: known resources and items (the key item text, summed items
 * numbers), a known operator with a threshold where it needs one, unique rule codes. Every
 * problem is reported at once; a rule set with problems is not saved.
 */
@Component
class RuleSetCheck {

	private final Resources resources;

	RuleSetCheck(Resources resources) {
		this.resources = resources;
	}

	void require(CheckRuleSet ruleSet) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!ruleSet.code().matches("[a-z][a-z0-9_]{1,40}")) {
			problems.add(new FieldProblem("code", "Lower-case letters, digits and _ (2–41 characters), starting with a letter"));
		}
		if (ruleSet.rules().isEmpty()) {
			problems.add(new FieldProblem("rules", "A rule set needs at least one rule"));
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < ruleSet.rules().size(); i++) {
			CheckRule rule = ruleSet.rules().get(i);
			String at = "rules[" + i + "]";
			if (!codes.add(rule.code())) {
				problems.add(new FieldProblem(at + ".code", "Rule code '" + rule.code() + "' is used twice"));
			}
			problems.addAll(problems(rule, at));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The rule set has " + problems.size() + " problem(s)", problems);
		}
	}

	/** Why the rule cannot run against the catalog as it is now; empty when it can. */
	Optional<String> unavailable(CheckRule rule) {
		return problems(rule, "rule").stream().map(FieldProblem::message).findFirst();
	}

	private List<FieldProblem> problems(CheckRule rule, String at) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!CheckRule.OPERATORS.contains(rule.operator())) {
			problems.add(new FieldProblem(at + ".operator", "Unknown operator '" + rule.operator() + "'; one of "
					+ CheckRule.OPERATORS));
		}
		else if (!"exists".equals(rule.operator()) && rule.threshold() == null) {
			problems.add(new FieldProblem(at + ".threshold", "Operator " + rule.operator() + " needs a threshold"));
		}
		if (rule.measure() != Measure.COUNT && rule.item() == null) {
			problems.add(new FieldProblem(at + ".item", "Measure " + rule.measure() + " needs the item it measures"));
		}
		if (rule.explanation().isBlank()) {
			problems.add(new FieldProblem(at + ".explanation", "A rule explains what it found"));
		}
		if (!knownResource(rule.resource())) {
			problems.add(new FieldProblem(at + ".resource", "No resource '" + rule.resource() + "' in the catalog"));
			return problems;
		}
		Map<String, ItemType> items = new java.util.HashMap<>();
		for (InformationItem item : resources.currentVersion(new ResourceCode(rule.resource())).items()) {
			items.put(item.name(), item.type());
		}
		requireItem(problems, items, rule, at + ".keyItem", rule.keyItem(), ItemType.STRING);
		if (rule.item() != null) {
			requireItem(problems, items, rule, at + ".item", rule.item(),
					rule.measure() == Measure.SUM || rule.measure() == Measure.MAX ? ItemType.DECIMAL : null);
		}
		if (rule.whereItem() != null) {
			requireItem(problems, items, rule, at + ".whereItem", rule.whereItem(), null);
		}
		return problems;
	}

	private boolean knownResource(String code) {
		try {
			return resources.exists(new ResourceCode(code));
		}
		catch (InvalidInputException notACode) {
			return false;
		}
	}

	private static void requireItem(List<FieldProblem> problems, Map<String, ItemType> items, CheckRule rule, String field,
			String item, @Nullable ItemType type) {
		ItemType found = items.get(item);
		if (found == null) {
			problems.add(new FieldProblem(field, "Resource " + rule.resource() + " has no item '" + item + "'"));
		}
		else if (type == ItemType.STRING && found != ItemType.STRING) {
			problems.add(new FieldProblem(field, "Item '" + item + "' must be text to hold ID numbers"));
		}
		else if (type == ItemType.DECIMAL && found != ItemType.DECIMAL && found != ItemType.INTEGER) {
			problems.add(new FieldProblem(field, "Item '" + item + "' must be a number to be summed or compared"));
		}
	}
}
