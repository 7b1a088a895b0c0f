package org.cityos.scorecard.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At the start of each month (01:30 city time) takes the final snapshot of the month that
 * ended, and of the quarter and year when they ended too. Each period is computed once across
 * instances: the others find the final snapshot under the period's lock and reuse it.
 */
@Component
class MonthlySnapshot {

	private static final Logger log = LoggerFactory.getLogger(MonthlySnapshot.class);

	private final Scorecards scorecards;

	MonthlySnapshot(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@Scheduled(cron = "${cityos.scorecard.snapshot-cron:0 30 1 1 * *}", zone = "${cityos.scorecard.zone:Asia/Shanghai}")
	void takeSnapshots() {
		for (AssessmentPeriod period : endedBy(LocalDate.now(scorecards.zone()))) {
			try {
				Scorecards.Ranking ranking = scorecards.ranking(period);
				log.info("Scorecard {}: {} departments ranked", period, ranking.lines().size());
			}
			catch (RuntimeException ex) {
				log.error("Scorecard snapshot of {} failed", period, ex);
			}
		}
	}

	/** The periods that ended with the day before {@code today}'s month began. */
	static List<AssessmentPeriod> endedBy(LocalDate today) {
		LocalDate lastDay = today.withDayOfMonth(1).minusDays(1);
		List<AssessmentPeriod> ended = new ArrayList<>();
		ended.add(AssessmentPeriod.containing(AssessmentPeriod.Kind.MONTH, lastDay));
		if (lastDay.getMonthValue() % 3 == 0) {
			ended.add(AssessmentPeriod.containing(AssessmentPeriod.Kind.QUARTER, lastDay));
		}
		if (lastDay.getMonthValue() == 12) {
			ended.add(AssessmentPeriod.containing(AssessmentPeriod.Kind.YEAR, lastDay));
		}
		return ended;
	}
}
