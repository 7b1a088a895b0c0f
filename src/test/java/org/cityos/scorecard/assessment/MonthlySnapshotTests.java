package org.cityos.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MonthlySnapshotTests {

	@Test
	void theFirstOfAMonthSnapshotsTheMonthThatEnded() {
		assertThat(MonthlySnapshot.endedBy(LocalDate.of(2026, 11, 1))).extracting(AssessmentPeriod::toString)
			.containsExactly("2026-10");
	}

	@Test
	void theFirstOfAQuarterAlsoSnapshotsTheQuarter() {
		assertThat(MonthlySnapshot.endedBy(LocalDate.of(2026, 10, 1))).extracting(AssessmentPeriod::toString)
			.containsExactly("2026-09", "2026-Q3");
	}

	@Test
	void newYearsDaySnapshotsDecemberTheLastQuarterAndTheYear() {
		assertThat(MonthlySnapshot.endedBy(LocalDate.of(2027, 1, 1))).extracting(AssessmentPeriod::toString)
			.containsExactly("2026-12", "2026-Q4", "2026");
	}
}
