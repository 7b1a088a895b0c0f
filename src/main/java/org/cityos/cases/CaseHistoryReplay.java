package org.cityos.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cityos.cases.CaseTimeline.Entry;
import org.cityos.cases.DispatchRules.DispatchRule;
import org.cityos.cases.TimeLimits.TimeLimit;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Replays one {@link HistoricCase} in memory through the {@link Case} aggregate: the same status
 * checks, role and department guards and transitions as {@link CaseDesk#act}, with deadlines from
 * the time limits as of each step's time, and the SLA sweep's cards given as the sweep would have
 * given them (yellow at the yellow point, red at the due, with supervision, escalation and the
 * {@code overdue} history row). Rules, limits and leaders are read once by the caller.
 * <p>
 * Mirrors {@code CaseDesk.act} and {@code SlaSweep}: a change of what a verb does goes into both.
 * Merging is not replayed (a history import has no open master to follow).
 */
final class CaseHistoryReplay {

	/** The rows one replayed case becomes. */
	record Replayed(Case c, List<Entry> events, List<ExtensionRow> extensions, List<EscalationRow> escalations) {
	}

	record ExtensionRow(int amount, LimitUnit unit, String reason, String requestedBy, Instant requestedAt, String state,
			@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote) {
	}

	record EscalationRow(Instant at, @Nullable String departmentCode, @Nullable String leaders, Instant dueAt) {
	}

	private final Categories categories;

	private final Deadlines deadlines;

	private final CaseGuards guards;

	private final List<TimeLimit> limits;

	private final List<DispatchRule> rules;

	private final Set<String> departments;

	private final Map<String, String> leaders;

	CaseHistoryReplay(Categories categories, Deadlines deadlines, CaseGuards guards, List<TimeLimit> limits,
			List<DispatchRule> rules, Set<String> departments, Map<String, String> leaders) {
		this.categories = categories;
		this.deadlines = deadlines;
		this.guards = guards;
		this.limits = limits;
		this.rules = rules;
		this.departments = departments;
		this.leaders = leaders;
	}

	Replayed replay(HistoricCase h, @Nullable CasePlace place, Instant asOf) {
		Category category = categories.resolveForFiling("categoryCode", h.categoryCode());
		if (h.description().isBlank()) {
			throw InvalidInputException.ofField("description", "is required");
		}
		if (h.receivedAt().isAfter(asOf)) {
			throw InvalidInputException.ofField("receivedAt", "a history lies in the past");
		}
		Case c = Case.received(h.channel(), h.hotlineType(), category.code(), h.description().strip(), h.urgency(), place,
				h.reporterName(), h.reporterPhone(), null, h.receivedBy().name(), h.receivedAt());
		List<Entry> events = new ArrayList<>();
		List<ExtensionRow> extensions = new ArrayList<>();
		List<EscalationRow> escalations = new ArrayList<>();
		events.add(new Entry(h.receivedAt(), h.receivedBy().name(), h.receivedBy().roleLabel(), "receive", null, CaseStatus.RECEIVED, null,
				c.channel().label()));
		Instant last = h.receivedAt();
		for (HistoricCase.Step step : h.steps()) {
			if (step.at().isBefore(last) || step.at().isAfter(asOf)) {
				throw InvalidInputException.ofField("steps", "steps must be in time order, between intake and now");
			}
			sweep(c, step.at(), events, escalations);
			last = step.at();
			guards.requireAllowed(c, step.verb(), step.actor());
			CaseStatus from = c.status();
			String department = c.departmentCode();
			apply(c, step, extensions);
			c.updatedAt = step.at();
			events.add(new Entry(step.at(), step.actor().name(), step.actor().roleLabel(), step.verb().path(), from,
					c.status(), c.departmentCode() != null ? c.departmentCode() : department,
					CaseDesk.historyNote(step.verb(), step.input(), c)));
		}
		sweep(c, asOf, events, escalations);
		return new Replayed(c, events, extensions, escalations);
	}

	private void apply(Case c, HistoricCase.Step step, List<ExtensionRow> extensions) {
		Instant at = step.at();
		CaseDesk.Action input = step.input();
		String note = Objects.requireNonNullElse(input.note(), "");
		switch (step.verb()) {
			case REGISTER -> c.register(at);
			case REJECT -> c.reject(note, at);
			case ANSWER -> c.answer(note, at);
			case MERGE -> throw InvalidInputException.ofField("steps", "merging is not imported");
			case DISPATCH -> {
				c.require(CaseVerb.DISPATCH);
				String department = input.departmentCode() == null || input.departmentCode().isBlank()
						? DispatchRules.choose(rules, categories.lineage(c.categoryCode()),
								c.place() == null || c.place().grid() == null ? null : c.place().grid().code(),
								departments::contains)
							.orElseThrow(() -> InvalidInputException.ofField("departmentCode", "no dispatch rule applies"))
						: input.departmentCode().trim();
				if (!departments.contains(department)) {
					throw InvalidInputException.ofField("departmentCode", "no department with code '" + department + "'");
				}
				c.dispatch(department, deadline(c, at), at);
			}
			case ACCEPT -> c.accept(step.actor().name(), at);
			case RETURN -> c.returnToDispatch(note);
			case REPLY -> c.reply(note, at);
			case VERIFY -> {
				if (input.passed() == null) {
					throw InvalidInputException.ofField("passed", "say whether the verification passed");
				}
				c.verify(input.passed(), input.note(), at);
			}
			case CLOSE -> c.close(at);
			case RATE -> {
				if (input.satisfaction() == null) {
					throw InvalidInputException.ofField("satisfaction", "is required");
				}
				c.rate(input.satisfaction(), input.note(), at);
			}
			case REOPEN -> {
				c.require(CaseVerb.REOPEN);
				c.reopen(c.departmentCode() == null ? null : deadline(c, at), at);
			}
			case EXTEND -> {
				c.requestExtension();
				if (input.amount() == null || input.amount() < 1 || input.unit() == null || note.isBlank()) {
					throw InvalidInputException.ofField("amount", "an extension needs amount, unit and reason");
				}
				if (pending(extensions) >= 0) {
					throw InvalidInputException.ofField("steps", "an extension request is already waiting");
				}
				extensions.add(new ExtensionRow(input.amount(), input.unit(), note.strip(), step.actor().name(), at,
						"REQUESTED", null, null, null));
			}
			case APPROVE_EXTENSION, REFUSE_EXTENSION -> {
				int index = pending(extensions);
				if (index < 0) {
					throw InvalidInputException.ofField("steps", "no extension request is waiting");
				}
				ExtensionRow request = extensions.get(index);
				boolean approve = step.verb() == CaseVerb.APPROVE_EXTENSION;
				if (approve) {
					int yellow = TimeLimits.candidates(limits, categories.lineage(c.categoryCode()), c.urgency()).stream()
						.findFirst().map(TimeLimit::yellowPercent).orElse(80);
					c.approveExtension(deadlines.extend(Objects.requireNonNull(c.deadline()), request.amount(),
							request.unit(), yellow, at));
				}
				else {
					c.refuseExtension();
				}
				extensions.set(index, new ExtensionRow(request.amount(), request.unit(), request.reason(),
						request.requestedBy(), request.requestedAt(), approve ? "APPROVED" : "REFUSED",
						step.actor().name(), at, input.note()));
			}
		}
	}

	private Deadline deadline(Case c, Instant at) {
		return deadlines.earliest(TimeLimits.candidates(limits, categories.lineage(c.categoryCode()), c.urgency()), at);
	}

	private static int pending(List<ExtensionRow> extensions) {
		for (int i = 0; i < extensions.size(); i++) {
			if (extensions.get(i).state().equals("REQUESTED")) {
				return i;
			}
		}
		return -1;
	}

	/** What the SLA sweep would have done by {@code until}; see {@code SlaSweep}. */
	private void sweep(Case c, Instant until, List<Entry> events, List<EscalationRow> escalations) {
		Deadline d = c.deadline();
		if (d == null || !CaseStatus.TIMED.contains(c.status())) {
			return;
		}
		if (c.card() == Card.NONE && !d.yellowAt().isAfter(until) && d.dueAt().isAfter(until)) {
			c.card = Card.YELLOW;
		}
		if (c.card() != Card.RED && !d.dueAt().isAfter(until)) {
			c.card = Card.RED;
			c.supervised = true;
			c.supervisedAt = d.dueAt();
			String named = c.departmentCode() == null ? null : leaders.get(c.departmentCode());
			escalations.add(new EscalationRow(d.dueAt(), c.departmentCode(), named, d.dueAt()));
			events.add(new Entry(d.dueAt(), "cityos", "SYSTEM", "overdue", null, null, c.departmentCode(),
					"超期：红牌督办，已上报部门领导" + (named == null ? "（部门未配置领导账号）" : "（" + named + "）")));
		}
	}
}
