package org.cityos.scorecard.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.platform.ProgressBoard;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.scorecard.assessment.Snapshots.Snapshot;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scorecard's entry point: a period's ranking, a department's trend, the weights.
 * <p>
 * <b>Snapshots.</b> A period's facts are computed on demand and stored. A snapshot taken after
 * the period ended is final (until an admin recomputes it); one of a running period is reused
 * for {@code cityos.scorecard.live-snapshot-ttl} (10 minutes) and then computed again. One
 * instance computes a period at a time (a PostgreSQL advisory lock per period); the others wait
 * and reuse its result. Scores are derived from the facts with the current weights on every
 * read, so changing a weight needs no recomputation.
 */
@Service
public class Scorecards {

	private final FactGathering gathering;

	private final Snapshots snapshots;

	private final WeightSettings weights;

	private final WorkingCalendar calendar;

	private final ProgressBoard progress;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Duration liveTtl;

	Scorecards(FactGathering gathering, Snapshots snapshots, WeightSettings weights, WorkingCalendar calendar,
			ProgressBoard progress, AuditLog audit, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			@Value("${cityos.scorecard.live-snapshot-ttl:PT10M}") Duration liveTtl) {
		this.gathering = gathering;
		this.snapshots = snapshots;
		this.weights = weights;
		this.calendar = calendar;
		this.progress = progress;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.liveTtl = liveTtl;
	}

	/**
	 * A period's ranking. {@code complete}: the facts were taken after the period ended.
	 * {@code ranked} is every assessed department even when {@code lines} was narrowed.
	 */
	public record Ranking(AssessmentPeriod period, Instant from, Instant to, Instant computedAt, boolean complete,
			Weights weights, List<DepartmentScore> lines) {

		public Optional<DepartmentScore> of(String departmentCode) {
			return lines.stream().filter(l -> l.departmentCode().equals(departmentCode)).findFirst();
		}
	}

	/** A department in one period of its trend; {@code line} is null when it was not assessed then. */
	public record TrendPoint(AssessmentPeriod period, @Nullable DepartmentScore line, int ranked) {
	}

	public ZoneId zone() {
		return calendar.zone();
	}

	/** The running period of a kind (the current month, quarter or year in the city). */
	public AssessmentPeriod current(AssessmentPeriod.Kind kind) {
		return AssessmentPeriod.containing(kind, LocalDate.now(zone()));
	}

	public Ranking ranking(AssessmentPeriod period) {
		requireBegun(period);
		Instant now = Instant.now();
		Snapshot snapshot = snapshots.find(period).filter(s -> fresh(s, now)).orElseGet(() -> compute(period, false));
		return ranked(snapshot);
	}

	/** Computes the period again now, whatever is stored (ADMIN). */
	public Ranking recompute(AssessmentPeriod period) {
		requireBegun(period);
		Ranking ranking = ranked(compute(period, true));
		audit.record("scorecard.recomputed", period.toString(), AuditOutcome.SUCCESS,
				"departments=" + ranking.lines().size());
		return ranking;
	}

	/** The department's last {@code count} periods of {@code last}'s kind, oldest first. */
	public List<TrendPoint> trend(String departmentCode, AssessmentPeriod last, int count) {
		if (count < 1 || count > 24) {
			throw InvalidInputException.ofField("periods", "must be 1–24, was " + count);
		}
		requireBegun(last);
		List<TrendPoint> points = new ArrayList<>();
		AssessmentPeriod period = last;
		for (int i = 0; i < count; i++) {
			Ranking ranking = ranking(period);
			points.add(new TrendPoint(period, ranking.of(departmentCode).orElse(null), ranking.lines().size()));
			period = period.previous();
		}
		Collections.reverse(points);
		return points;
	}

	public Weights weights() {
		return weights.current();
	}

	@Transactional
	public Weights replaceWeights(Weights replacement, String by) {
		Weights before = weights.current();
		weights.replace(replacement, by);
		audit.record("scorecard.weights.changed", "scorecard_weight", AuditOutcome.SUCCESS,
				"before=" + before.values() + " after=" + replacement.values());
		return weights.current();
	}

	private Ranking ranked(Snapshot snapshot) {
		ZoneId zone = zone();
		Instant to = snapshot.period().to(zone);
		Weights current = weights.current();
		return new Ranking(snapshot.period(), snapshot.period().from(zone), to, snapshot.computedAt(),
				!snapshot.computedAt().isBefore(to), current, Scoring.rank(snapshot.facts(), current));
	}

	private boolean fresh(Snapshot snapshot, Instant now) {
		return !snapshot.computedAt().isBefore(snapshot.period().to(zone()))
				|| snapshot.computedAt().isAfter(now.minus(liveTtl));
	}

	private Snapshot compute(AssessmentPeriod period, boolean force) {
		Snapshot computed = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "cityos.scorecard." + period)
				.query(Object.class).single();
			Instant now = Instant.now();
			if (!force) {
				Optional<Snapshot> stored = snapshots.find(period).filter(s -> fresh(s, now));
				if (stored.isPresent()) {
					return stored.get();
				}
			}
			Job job = progress.start("scorecard-" + period, "部门考核 " + period + " / scorecard " + period);
			try {
				Snapshot snapshot = new Snapshot(period, now, gathering.gather(period, zone(), now, job));
				snapshots.replace(snapshot, period.from(zone()), period.to(zone()));
				job.finish(snapshot.facts().size() + " departments");
				return snapshot;
			}
			catch (RuntimeException ex) {
				job.fail(String.valueOf(ex.getMessage()));
				throw ex;
			}
		});
		return java.util.Objects.requireNonNull(computed);
	}

	private void requireBegun(AssessmentPeriod period) {
		if (period.from(zone()).isAfter(Instant.now())) {
			throw InvalidInputException.ofField("period", period + " has not begun");
		}
	}
}
