package org.cityos.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.cityos.audit.AuditActor;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.CaseHistoryReplay.EscalationRow;
import org.cityos.cases.CaseHistoryReplay.ExtensionRow;
import org.cityos.cases.CaseHistoryReplay.Replayed;
import org.cityos.cases.CaseTimeline.Entry;
import org.cityos.directory.Account;
import org.cityos.directory.Accounts;
import org.cityos.directory.Departments;
import org.cityos.geography.CityMap;
import org.cityos.geography.DivisionReference;
import org.cityos.geography.Location;
import org.cityos.platform.CopyTextWriter;
import org.cityos.shared.GeoPoint;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.PageResult.PageRequest;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of case histories (a city's past 12345 and grid cases, or the demo's six months):
 * each {@link HistoricCase} is replayed through the case aggregate (so only histories the
 * workflow allows get in, and status, deadline, cards, counters and history agree), then the
 * cases, their history, extension requests and escalations are written with COPY, in one
 * transaction: all or nothing. Numbers are the desk's (yyyyMMdd + 6 digits), taken from the
 * same per-day sequence in blocks, so the desk continues after them.
 * <p>
 * Unlike {@link CaseDesk}, times are those of the history, no module event is published per
 * case (listeners would otherwise act on the past) and the audit log gets one entry for the
 * import, not one per step.
 */
@Component
public class CaseHistoryImport {

	private static final int CHUNK = 5_000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Categories categories;

	private final TimeLimits limits;

	private final DispatchRules rules;

	private final Deadlines deadlines;

	private final CaseGuards guards;

	private final Departments departments;

	private final Accounts accounts;

	private final CityMap map;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	CaseHistoryImport(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
			Categories categories, TimeLimits limits, DispatchRules rules, Deadlines deadlines, CaseGuards guards,
			Departments departments, Accounts accounts, CityMap map, WorkingCalendar calendar, AuditLog audit) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
		this.categories = categories;
		this.limits = limits;
		this.rules = rules;
		this.deadlines = deadlines;
		this.guards = guards;
		this.departments = departments;
		this.accounts = accounts;
		this.map = map;
		this.calendar = calendar;
		this.audit = audit;
	}

	/** What an import wrote. */
	public record Summary(long cases, long events, long extensions, long escalations) {
	}

	/** Whether any case exists (a loader that runs once checks this first). */
	public boolean hasCases() {
		return jdbc.sql("select exists (select 1 from cases_case)").query(Boolean.class).single();
	}

	/**
	 * Replays and writes the histories, streaming: {@code history} is read once, in chunks.
	 * {@code asOf} is "now" for the cards: a case still open past its due is red and supervised.
	 * {@code progress} hears how many cases each written chunk held.
	 *
	 * @throws InvalidInputException for a history the workflow does not allow; nothing is written then
	 */
	public Summary importAll(Iterator<HistoricCase> history, Instant asOf, LongConsumer progress) {
		CaseHistoryReplay replay = new CaseHistoryReplay(categories, deadlines, guards, limits.all(), rules.all(),
				new HashSet<>(departments.names().keySet()), leadersByDepartment());
		Summary summary = Objects.requireNonNull(transactions.execute(status -> {
			long[] counts = new long[4];
			List<Replayed> chunk = new ArrayList<>(CHUNK);
			int index = 0;
			while (history.hasNext()) {
				HistoricCase h = history.next();
				try {
					chunk.add(replay.replay(h, place(h), asOf));
				}
				catch (InvalidInputException | org.cityos.shared.ConflictException
						| org.springframework.security.access.AccessDeniedException ex) {
					throw InvalidInputException.ofField("history[" + index + "]", String.valueOf(ex.getMessage()));
				}
				index++;
				if (chunk.size() == CHUNK) {
					write(chunk, counts);
					progress.accept(chunk.size());
					chunk.clear();
				}
			}
			if (!chunk.isEmpty()) {
				write(chunk, counts);
				progress.accept(chunk.size());
			}
			audit.record(AuditActor.system("cases-history-import"), "cases.history.import", "cases", AuditOutcome.SUCCESS,
					"cases=" + counts[0] + " events=" + counts[1] + " extensions=" + counts[2] + " escalations=" + counts[3]);
			return new Summary(counts[0], counts[1], counts[2], counts[3]);
		}));
		// fresh statistics, or the planner guesses an empty table for the first queries
		jdbc.sql("analyze cases_case").update();
		jdbc.sql("analyze cases_event").update();
		return summary;
	}

	private @Nullable CasePlace place(HistoricCase h) {
		if (h.lon() == null || h.lat() == null) {
			return h.address() == null ? null : new CasePlace(null, null, h.address(), null, null, null, null);
		}
		GeoPoint point = new GeoPoint(h.lon(), h.lat());
		Location l = map.locate(point)
			.orElseThrow(() -> InvalidInputException.ofField("lon", "the point " + point + " is outside the city"));
		return new CasePlace(point.lon(), point.lat(), h.address(), division(l.grid()), division(l.community()),
				division(l.street()), division(l.district()));
	}

	private static CasePlace.Division division(DivisionReference reference) {
		return new CasePlace.Division(reference.code().value(), reference.name());
	}

	private void write(List<Replayed> chunk, long[] counts) {
		number(chunk);
		List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('cases_case', 'id')) from generate_series(1, :n)")
			.param("n", chunk.size()).query(Long.class).list();
		CopyTextWriter cases = new CopyTextWriter(dataSource, "copy cases_case (" + Cases.COLUMNS + ") from stdin");
		CopyTextWriter events = new CopyTextWriter(dataSource,
				"copy cases_event (case_id, at, actor, role, action, from_status, to_status, department_code, note) from stdin");
		CopyTextWriter extensions = new CopyTextWriter(dataSource, "copy cases_extension (case_id, amount, unit, reason, requested_by, "
				+ "requested_at, state, decided_by, decided_at, decision_note) from stdin");
		CopyTextWriter escalations = new CopyTextWriter(dataSource,
				"copy cases_escalation (case_id, at, department_code, leaders, due_at, reason) from stdin");
		for (int i = 0; i < chunk.size(); i++) {
			Replayed r = chunk.get(i);
			r.c().id = ids.get(i);
			caseRow(cases, r.c());
			for (Entry e : r.events()) {
				events.add(r.c().id).at(e.at()).add(e.actor()).add(e.role()).add(e.action()).add(e.from()).add(e.to())
					.add(e.departmentCode()).add(e.note()).end();
			}
			for (ExtensionRow x : r.extensions()) {
				extensions.add(r.c().id).add(x.amount()).add(x.unit()).add(x.reason()).add(x.requestedBy())
					.at(x.requestedAt()).add(x.state()).add(x.decidedBy()).at(x.decidedAt()).add(x.decisionNote()).end();
			}
			for (EscalationRow x : r.escalations()) {
				escalations.add(r.c().id).at(x.at()).add(x.departmentCode()).add(x.leaders()).at(x.dueAt())
					.add("超期督办：已超过处置时限").end();
			}
			counts[1] += r.events().size();
			counts[2] += r.extensions().size();
			counts[3] += r.escalations().size();
		}
		counts[0] += chunk.size();
		for (CopyTextWriter rows : List.of(cases, events, extensions, escalations)) {
			rows.flush();
		}
	}

	/** The desk's numbers: a block of each day's sequence per chunk, in intake order within the day. */
	private void number(List<Replayed> chunk) {
		Map<LocalDate, List<Case>> byDay = chunk.stream().map(Replayed::c)
			.sorted(Comparator.comparing(Case::createdAt))
			.collect(Collectors.groupingBy(c -> LocalDate.ofInstant(c.createdAt(), calendar.zone()), LinkedHashMap::new,
					Collectors.toList()));
		byDay.forEach((day, dayCases) -> {
			int last = jdbc.sql("""
					insert into cases_number_sequence (day, last) values (:day, :n)
					on conflict (day) do update set last = cases_number_sequence.last + :n returning last
					""").param("day", day).param("n", dayCases.size()).query(Integer.class).single();
			int next = last - dayCases.size() + 1;
			for (Case c : dayCases) {
				c.number = day.format(DAY) + String.format("%06d", next++);
			}
		});
	}

	private static void caseRow(CopyTextWriter t, Case c) {
		CasePlace p = c.place();
		Deadline d = c.deadline();
		t.add(c.id).add(c.number).add(c.version).add(c.channel).add(c.hotlineType).add(c.categoryCode)
			.add(c.description).add(c.urgency).add(p == null ? null : p.lon()).add(p == null ? null : p.lat())
			.add(p == null ? null : p.address());
		for (String level : List.of("grid", "community", "street", "district")) {
			CasePlace.Division division = p == null ? null : switch (level) {
				case "grid" -> p.grid();
				case "community" -> p.community();
				case "street" -> p.street();
				default -> p.district();
			};
			t.add(division == null ? null : division.code()).add(division == null ? null : division.name());
		}
		t.add(c.reporterName).add(c.reporterPhone).add(c.reporterEmail).add(c.reportedBy).add(c.status)
			.add(c.resolution).add(c.departmentCode).add(c.handler).add(c.answer).add(c.rejectReason).add(c.replyNote)
			.at(c.createdAt).at(c.registeredAt).at(c.dispatchedAt).at(c.firstDispatchedAt).at(c.acceptedAt)
			.at(c.repliedAt).at(c.firstRepliedAt).at(c.verifiedAt).at(c.closedAt)
			.add(d == null ? null : d.amount()).add(d == null ? null : d.unit()).at(d == null ? null : d.yellowAt())
			.at(d == null ? null : d.dueAt()).add(c.card).add(c.supervised ? "t" : "f").at(c.supervisedAt)
			.add(c.returnCount).add(c.reworkCount).add(c.reopenCount).add(c.extensionCount).add(c.satisfaction)
			.add(c.ratingComment).at(c.ratedAt).add(c.masterNumber).at(c.updatedAt).end();
	}

	/** Each department's LEADER accounts, as the SLA sweep names them. */
	private Map<String, String> leadersByDepartment() {
		return accounts.search(null, Role.LEADER, null, new PageRequest(0, 500)).content().stream()
			.filter(a -> a.departmentCode() != null && a.enabled())
			.collect(Collectors.groupingBy(Account::departmentCode,
					Collectors.mapping(Account::username, Collectors.joining(","))));
	}
}
