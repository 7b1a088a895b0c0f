package org.cityos.sensing.storage;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the monthly partitions of {@code sensing_observation} (months in UTC, named
 * {@code sensing_observation_yYYYYmMM}): on a fresh database from the retention horizon on, then
 * always {@code monthsAhead} months ahead of now, so writes never land in the default partition
 * (which would forbid creating the month later). Retention drops whole partitions older than
 * {@code retentionDays} and deletes expired rows of the default partition; the rollups stay.
 * Runs once across instances (advisory lock).
 */
@Component
public class Partitions {

	private static final Logger log = LoggerFactory.getLogger(Partitions.class);

	private static final long LOCK = 0x53454e5349_4e47L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final IngestProperties properties;

	Partitions(JdbcClient jdbc, TransactionTemplate transactions, IngestProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${cityos.sensing.ingest.maintenance-interval:PT1H}", initialDelayString = "PT1H")
	void maintain() {
		createAhead(Instant.now());
		if (properties.retentionDays() > 0) {
			expire(Instant.now().minus(java.time.Duration.ofDays(properties.retentionDays())));
		}
	}

	/** Creates the missing months up to {@code monthsAhead} after the month of {@code now}. */
	public void createAhead(Instant now) {
		transactions.executeWithoutResult(status -> {
			if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
				return;
			}
			List<String> existing = names();
			YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
			YearMonth from = existing.isEmpty()
					? (properties.retentionDays() > 0
							? YearMonth.from(now.minus(java.time.Duration.ofDays(properties.retentionDays())).atZone(ZoneOffset.UTC))
							: current)
					: month(existing.get(existing.size() - 1)).plusMonths(1);
			for (YearMonth month = from; !month.isAfter(current.plusMonths(properties.monthsAhead())); month = month.plusMonths(1)) {
				jdbc.sql("create table if not exists " + name(month) + " partition of sensing_observation for values from ('"
						+ month.atDay(1) + " 00:00:00+00') to ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')").update();
			}
		});
	}

	/** Drops the partitions entirely before {@code cutoff} and the default partition's rows before it; answers the partitions dropped. */
	public List<String> expire(Instant cutoff) {
		return transactions.execute(status -> {
			if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
				return List.<String>of();
			}
			YearMonth cutoffMonth = YearMonth.from(cutoff.atZone(ZoneOffset.UTC));
			List<String> dropped = names().stream().filter(name -> month(name).plusMonths(1).compareTo(cutoffMonth) <= 0
					&& !month(name).plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).isAfter(cutoff)).toList();
			for (String name : dropped) {
				jdbc.sql("drop table " + name).update();
			}
			int deleted = jdbc.sql("delete from sensing_observation_default where phenomenon_time < :cutoff")
				.param("cutoff", java.time.OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
			if (!dropped.isEmpty() || deleted > 0) {
				// observations went: whatever a reader kept in memory is to be read again
				ObservationVersions.allChanged(jdbc);
				log.info("Sensing retention: dropped partitions {} and {} older rows (rollups kept)", dropped, deleted);
			}
			return dropped;
		});
	}

	List<String> names() {
		return jdbc.sql("""
				select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
				where p.relname = 'sensing_observation' and c.relname ~ '^sensing_observation_y[0-9]{4}m[0-9]{2}$' order by c.relname""")
			.query(String.class).list();
	}

	private static String name(YearMonth month) {
		return "sensing_observation_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
	}

	private static YearMonth month(String name) {
		return YearMonth.of(Integer.parseInt(name.substring(21, 25)), Integer.parseInt(name.substring(26, 28)));
	}
}
