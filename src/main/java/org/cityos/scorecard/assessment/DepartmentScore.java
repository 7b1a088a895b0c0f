package org.cityos.scorecard.assessment;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One department's line of a ranking: its rank (ties share it), weighted total and indicator
 * scores (0–100, two decimals; absent when the department had nothing to measure), and facts.
 */
public record DepartmentScore(int rank, String departmentCode, double total, Map<Indicator, @Nullable Double> scores,
		DepartmentFacts facts) {
}
