package org.cityos.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.SharingStatistics;
import org.cityos.registry.RegistryStatistics;
import org.junit.jupiter.api.Test;

/**
 * The formulas on small departments whose scores are worked out by hand in the comments
 * (default weights 10/15/10/15/15/10/15/10, in Indicator order; sum 100).
 */
class ScoringTests {

	// A: resources 15 (the most: 100), 9 of 10 deliveries on time (90), 150 of 200 cells (75),
	// 50 of 1000 rows rejected (95), 360 of 400 values agree (90), 5 of 20 discrepancies late (75),
	// 15 reads (the most: 100), 3 of 4 requests on time (75).
	// total = (10·100 + 15·90 + 10·75 + 15·95 + 15·90 + 10·75 + 15·100 + 10·75) / 100 = 88.75
	private static final DepartmentFacts A = facts("A", 15, 10, 9, 200, 150, 1000, 50, 400, 360, 20, 5, 15, 4, 3);

	// B: 3 resources: 100·ln 4 / ln 16 = 50; 3 reads: 50; 1 of 2 requests: 50; nothing else to measure.
	// total = (10·50 + 15·50 + 10·50) / 35 = 50
	private static final DepartmentFacts B = facts("B", 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 1);

	// C: resources 50, 2 of 4 deliveries on time: 50, no reads: 0 (others were read, so use counts).
	// total = (10·50 + 15·50 + 15·0) / 40 = 31.25
	private static final DepartmentFacts C = facts("C", 3, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	// D: the same as B, so it ties with B.
	private static final DepartmentFacts D = facts("D", 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 1);

	@Test
	void eachIndicatorIsScoredByItsFormula() {
		DepartmentScore a = Scoring.rank(List.of(A, B, C, D), Weights.defaults()).get(0);

		assertThat(a.departmentCode()).isEqualTo("A");
		assertThat(a.scores()).containsExactly(entry(Indicator.RESOURCES, 100.0), entry(Indicator.TIMELY_DELIVERY, 90.0),
				entry(Indicator.COMPLETENESS, 75.0), entry(Indicator.VALIDITY, 95.0), entry(Indicator.CONSISTENCY, 90.0),
				entry(Indicator.DISCREPANCY_HANDLING, 75.0), entry(Indicator.USE, 100.0),
				entry(Indicator.REQUEST_ANSWERS, 75.0));
		assertThat(a.total()).isEqualTo(88.75);
	}

	@Test
	void indicatorsWithoutDataHaveNoScoreAndLeaveTheTotal() {
		DepartmentScore b = line(Scoring.rank(List.of(A, B, C, D), Weights.defaults()), "B");

		assertThat(b.scores().get(Indicator.RESOURCES)).isEqualTo(50.0);
		assertThat(b.scores().get(Indicator.TIMELY_DELIVERY)).isNull();
		assertThat(b.scores().get(Indicator.CONSISTENCY)).isNull();
		assertThat(b.total()).isEqualTo(50.0);
		assertThat(line(Scoring.rank(List.of(A, B, C, D), Weights.defaults()), "C").total()).isEqualTo(31.25);
	}

	@Test
	void equalTotalsShareARankAndTheNextRankSkips() {
		List<DepartmentScore> ranking = Scoring.rank(List.of(C, D, B, A), Weights.defaults());

		assertThat(ranking).extracting(DepartmentScore::departmentCode).containsExactly("A", "B", "D", "C");
		assertThat(ranking).extracting(DepartmentScore::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void weightsChangeTheTotalsAndTheRanking() {
		Map<Indicator, Double> values = new EnumMap<>(Weights.defaults().values());
		values.put(Indicator.USE, 0.0);

		List<DepartmentScore> ranking = Scoring.rank(List.of(A, B, C, D), new Weights(values));

		// A: (8875 − 15·100) / 85 = 86.7647…; B: (500 + 500) / 20 = 50; C: (500 + 750) / 25 = 50
		assertThat(ranking).extracting(DepartmentScore::total).containsExactly(86.76, 50.0, 50.0, 50.0);
		assertThat(ranking).extracting(DepartmentScore::rank).containsExactly(1, 2, 2, 2);
		assertThat(ranking).extracting(DepartmentScore::departmentCode).containsExactly("A", "B", "C", "D");
	}

	@Test
	void aDepartmentWithScoresOnlyWhereTheWeightIsZeroTotalsZero() {
		Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			values.put(indicator, 0.0);
		}
		values.put(Indicator.REQUEST_ANSWERS, 1.0);

		List<DepartmentScore> ranking = Scoring.rank(List.of(A, C), new Weights(values));

		assertThat(ranking).extracting(DepartmentScore::total).containsExactly(75.0, 0.0);
	}

	@Test
	void nobodyReadAnythingSoUseIsNotScored() {
		DepartmentScore c = Scoring.rank(List.of(C), Weights.defaults()).get(0);

		assertThat(c.scores().get(Indicator.USE)).isNull();
		assertThat(c.scores().get(Indicator.RESOURCES)).isEqualTo(100.0);
		// (10·100 + 15·50) / 25 = 70
		assertThat(c.total()).isEqualTo(70.0);
	}

	@Test
	void scoresAreRoundedHalfUpToTwoDecimals() {
		// 2 of 3 on time = 66.666…
		DepartmentFacts thirds = facts("T", 1, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		DepartmentScore t = Scoring.rank(List.of(thirds), Weights.defaults()).get(0);

		assertThat(t.scores().get(Indicator.TIMELY_DELIVERY)).isEqualTo(66.67);
		// (10·100 + 15·66.666…) / 25 = 80
		assertThat(t.total()).isEqualTo(80.0);
	}

	private static DepartmentScore line(List<DepartmentScore> ranking, String code) {
		return ranking.stream().filter(l -> l.departmentCode().equals(code)).findFirst().orElseThrow();
	}

	static DepartmentFacts facts(String code, long resources, long due, long onTime, long cells, long filled,
			long received, long rejected, long values, long agreeing, long handled, long late, long reads,
			long requestsDue, long requestsOnTime) {
		return new DepartmentFacts(code,
				new SharingStatistics.ProviderFigures(code, resources, 0, due, onTime, received, rejected, 0, cells, filled,
						requestsDue, requestsOnTime, requestsOnTime, null, null, 0),
				new RegistryStatistics.ProviderFigures(code, values, agreeing, 0, handled, late, late, 0, 0, null, null),
				new DepartmentFacts.Use(reads, reads * 10, reads > 0 ? 1 : 0, 0));
	}
}
