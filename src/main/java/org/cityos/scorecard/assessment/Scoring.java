package org.cityos.scorecard.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.SharingStatistics;
import org.cityos.registry.RegistryStatistics;
import org.jspecify.annotations.Nullable;

/**
 * The formulas: facts → indicator scores (0–100) → weighted total → ranking. Pure and
 * deterministic; every formula is written out in docs/scorecard.md.
 * <ul>
 * <li>RESOURCES = 100 · ln(1 + n) / ln(1 + max n), n = resources registered by the period's end.</li>
 * <li>TIMELY_DELIVERY = 100 · on time / due.</li>
 * <li>COMPLETENESS = 100 · filled cells / cells.</li>
 * <li>VALIDITY = 100 · (1 − rejected rows / received rows).</li>
 * <li>CONSISTENCY = 100 · agreeing source values / source values.</li>
 * <li>DISCREPANCY_HANDLING = 100 · (1 − late / handled).</li>
 * <li>USE = 100 · ln(1 + reads) / ln(1 + max reads), reads by other departments.</li>
 * <li>REQUEST_ANSWERS = 100 · answered on time / due.</li>
 * </ul>
 * An indicator without a denominator (nothing due, nothing delivered, no registry values; for
 * the two relative ones, no department with any) has no score, and the total is the weighted
 * mean over the indicators that have one: Σ wᵢ·sᵢ / Σ wᵢ. When those weights sum to zero the
 * total is 0. Scores and totals are rounded half-up to two decimals; ranks compare the rounded
 * totals, and equal totals share a rank (1, 2, 2, 4), listed by department code.
 */
public final class Scoring {

	private Scoring() {
	}

	/** Ranks the departments of one period. */
	public static List<DepartmentScore> rank(List<DepartmentFacts> departments, Weights weights) {
		long maxResources = departments.stream().mapToLong(d -> d.sharing().resources()).max().orElse(0);
		long maxReads = departments.stream().mapToLong(d -> d.use().reads()).max().orElse(0);
		List<DepartmentScore> unranked = new ArrayList<>();
		for (DepartmentFacts facts : departments) {
			Map<Indicator, @Nullable Double> scores = scores(facts, maxResources, maxReads);
			double total = total(scores, weights);
			scores.replaceAll((indicator, score) -> score == null ? null : round(score));
			unranked.add(new DepartmentScore(0, facts.departmentCode(), total, scores, facts));
		}
		unranked.sort(Comparator.comparingDouble(DepartmentScore::total).reversed()
			.thenComparing(DepartmentScore::departmentCode));
		List<DepartmentScore> ranked = new ArrayList<>();
		for (int i = 0; i < unranked.size(); i++) {
			DepartmentScore line = unranked.get(i);
			int rank = i > 0 && line.total() == unranked.get(i - 1).total() ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new DepartmentScore(rank, line.departmentCode(), line.total(), line.scores(), line.facts()));
		}
		return ranked;
	}

	/** Each indicator's score (unrounded), null where there is nothing to measure. */
	static Map<Indicator, @Nullable Double> scores(DepartmentFacts facts, long maxResources, long maxReads) {
		SharingStatistics.ProviderFigures s = facts.sharing();
		RegistryStatistics.ProviderFigures r = facts.registry();
		Map<Indicator, @Nullable Double> scores = new EnumMap<>(Indicator.class);
		scores.put(Indicator.RESOURCES, logShare(s.resources(), maxResources));
		scores.put(Indicator.TIMELY_DELIVERY, share(s.deliveriesOnTime(), s.deliveriesDue()));
		scores.put(Indicator.COMPLETENESS, share(s.cellsFilled(), s.cells()));
		scores.put(Indicator.VALIDITY, share(s.rowsReceived() - s.rowsRejected(), s.rowsReceived()));
		scores.put(Indicator.CONSISTENCY, share(r.agreeingValues(), r.sourceValues()));
		scores.put(Indicator.DISCREPANCY_HANDLING, share(r.discrepanciesHandled() - r.discrepanciesLate(),
				r.discrepanciesHandled()));
		scores.put(Indicator.USE, logShare(facts.use().reads(), maxReads));
		scores.put(Indicator.REQUEST_ANSWERS, share(s.requestsAnsweredOnTime(), s.requestsDue()));
		return scores;
	}

	/** Σ wᵢ·sᵢ / Σ wᵢ over the scored indicators, from unrounded scores, rounded to two decimals. */
	static double total(Map<Indicator, @Nullable Double> scores, Weights weights) {
		double weighted = 0;
		double weightSum = 0;
		for (Map.Entry<Indicator, @Nullable Double> score : scores.entrySet()) {
			if (score.getValue() != null) {
				double weight = weights.of(score.getKey());
				weighted += weight * score.getValue();
				weightSum += weight;
			}
		}
		return weightSum == 0 ? 0 : round(weighted / weightSum);
	}

	static @Nullable Double share(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return 100.0 * Math.max(0, Math.min(part, whole)) / whole;
	}

	static @Nullable Double logShare(long value, long max) {
		if (max <= 0) {
			return null;
		}
		return 100.0 * Math.log1p(Math.max(0, value)) / Math.log1p(max);
	}

	static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}
}
