package org.cityos.cases.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cityos.audit.AuditActor;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.cases.CaseOverdue;
import org.cityos.directory.Account;
import org.cityos.directory.Accounts;
import org.cityos.shared.PageResult.PageRequest;
import org.cityos.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 督办 sweep: gives yellow cards to cases past the yellow point of their limit, red cards to cases
 * past their deadline; a red card puts the case under supervision (督办), records an escalation to
 * the department's leaders (LEADER accounts of that department; none configured is recorded as
 * such), appends the history entry and publishes {@link CaseOverdue}.
 * <p>
 * Set-based: two UPDATEs over partial indexes on the due columns, whatever the number of open
 * cases; the state is in the cases' rows, so a restart loses nothing and a case is carded once.
 * One instance at a time across the cluster: the sweep's transaction takes a PostgreSQL advisory
 * lock and the others skip that round. One audit entry per sweep that changed anything.
 */
@Component
public class SlaSweep {

	private static final Logger log = LoggerFactory.getLogger(SlaSweep.class);

	static final String TIMED = "('DISPATCHED', 'IN_PROGRESS', 'REPLIED', 'VERIFIED')";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Accounts accounts;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SlaSweep(JdbcClient jdbc, PlatformTransactionManager transactionManager, Accounts accounts, AuditLog audit,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** What one sweep did; {@code ran} is false when another instance held the lock. */
	public record Result(boolean ran, int yellow, int red) {
	}

	@Scheduled(fixedDelayString = "${cityos.cases.sla-sweep:60s}", initialDelayString = "${cityos.cases.sla-sweep:60s}")
	public void scheduled() {
		Result result = sweep();
		if (result.yellow() + result.red() > 0) {
			log.info("SLA sweep: {} yellow cards, {} red cards (overdue, supervised, escalated)", result.yellow(),
					result.red());
		}
	}

	public Result sweep() {
		return sweep(clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/** Sweeps as of {@code now} (tests and benchmarks pass a time). */
	public Result sweep(Instant now) {
		Map<String, String> leaders = leadersByDepartment();
		Result result = transactions.execute(status -> {
			boolean alone = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended('cityos.cases.sla', 0))")
				.query(Boolean.class).single();
			if (!alone) {
				return new Result(false, 0, 0);
			}
			Timestamp at = Timestamp.from(now);
			int yellow = jdbc.sql("update cases_case set card = 'YELLOW', updated_at = :now where card = 'NONE' and status in "
					+ TIMED + " and yellow_at <= :now and due_at > :now").param("now", at).update();
			List<CaseOverdue> overdue = jdbc.sql("""
					with red as (
					  update cases_case set card = 'RED', supervised = true, supervised_at = :now, updated_at = :now
					  where card <> 'RED' and status in %s and due_at <= :now
					  returning id, number, department_code, due_at
					), escalation as (
					  insert into cases_escalation (case_id, at, department_code, leaders, due_at, reason)
					  select red.id, :now, red.department_code, l.value, red.due_at, '超期督办：已超过处置时限'
					  from red left join jsonb_each_text(cast(:leaders as jsonb)) l on l.key = red.department_code
					), history as (
					  insert into cases_event (case_id, at, actor, role, action, from_status, to_status, department_code, note)
					  select red.id, :now, 'cityos', 'SYSTEM', 'overdue', null, null, red.department_code,
					         '超期：红牌督办，已上报部门领导' || coalesce('（' || l.value || '）', '（部门未配置领导账号）')
					  from red left join jsonb_each_text(cast(:leaders as jsonb)) l on l.key = red.department_code
					)
					select number, department_code, due_at from red
					""".formatted(TIMED)).param("now", at).param("leaders", json(leaders))
				.query((rs, n) -> new CaseOverdue(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), now))
				.list();
			overdue.forEach(events::publishEvent);
			if (yellow + overdue.size() > 0) {
				audit.record(AuditActor.system("cases-sla-sweep"), "cases.sla.sweep", "cases", AuditOutcome.SUCCESS,
						"yellow=" + yellow + " red=" + overdue.size());
			}
			return new Result(true, yellow, overdue.size());
		});
		return result == null ? new Result(false, 0, 0) : result;
	}

	/** Each department's LEADER accounts, comma-separated. */
	private Map<String, String> leadersByDepartment() {
		Map<String, String> leaders = new HashMap<>();
		List<Account> all = accounts.search(null, Role.LEADER, null, new PageRequest(0, 500)).content();
		all.stream().filter(a -> a.departmentCode() != null && a.enabled())
			.collect(Collectors.groupingBy(Account::departmentCode,
					Collectors.mapping(Account::username, Collectors.joining(","))))
			.forEach(leaders::put);
		return leaders;
	}

	private static String json(Map<String, String> map) {
		return map.entrySet().stream()
			.map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
