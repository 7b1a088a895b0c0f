package org.cityos.registry.verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityos.registry.verification.ApplicantResult.Finding;
import org.cityos.registry.verification.CheckRule.Measure;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one cross-check run as rows arrive: per rule and applicant the measured value
 * (row count, sum, maximum, latest). Then each applicant's verdict with an explanation per fired
 * rule. Pure: fed rows, no database, so the rules are tested on hand-made rows.
 */
final class FactTally {

	private final CheckRuleSet ruleSet;

	private final Map<String, Map<String, Object>> measured = new HashMap<>();

	FactTally(CheckRuleSet ruleSet) {
		this.ruleSet = ruleSet;
		ruleSet.rules().forEach(rule -> measured.put(rule.code(), new HashMap<>()));
	}

	/** A row of the rule's resource that belongs to {@code applicant}. */
	void accept(CheckRule rule, String applicant, Map<String, Object> row) {
		if (!rule.selects(row)) {
			return;
		}
		Map<String, Object> values = measured.get(rule.code());
		Object value = rule.item() == null ? null : row.get(rule.item());
		switch (rule.measure()) {
			case COUNT -> values.merge(applicant, 1L, (a, b) -> (Long) a + (Long) b);
			case SUM -> {
				if (value != null) {
					values.merge(applicant, decimal(value), (a, b) -> ((BigDecimal) a).add((BigDecimal) b));
				}
			}
			case MAX -> {
				if (value != null) {
					values.merge(applicant, decimal(value), (a, b) -> ((BigDecimal) a).max((BigDecimal) b));
				}
			}
			case LATEST -> {
				if (value != null) {
					values.merge(applicant, value.toString(),
							(a, b) -> a.toString().compareTo(b.toString()) >= 0 ? a : b);
				}
			}
		}
	}

	ApplicantResult result(String applicant) {
		Verdict verdict = Verdict.ELIGIBLE;
		List<String> explanations = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (CheckRule rule : ruleSet.rules()) {
			Object value = measured.get(rule.code()).get(applicant);
			if (value == null && rule.measure() == Measure.COUNT) {
				value = 0L;
			}
			boolean fired = rule.fires(value);
			String shown = value == null ? null : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
					: value.toString();
			String explanation = fired ? rule.explanation().replace("{value}", String.valueOf(shown)) : null;
			if (fired) {
				verdict = verdict.worse(rule.outcome());
				explanations.add(explanation);
			}
			if (fired || value != null && !Long.valueOf(0).equals(value)) {
				// only the facts found are listed: ten thousand applicants times every empty rule is noise
				findings.add(new Finding(rule.code(), rule.label(), shown, fired, rule.outcome(), explanation));
			}
		}
		return new ApplicantResult(applicant, verdict, explanations, findings);
	}

	private static BigDecimal decimal(Object value) {
		return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
	}
}
