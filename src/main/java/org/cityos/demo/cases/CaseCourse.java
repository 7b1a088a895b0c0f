package org.cityos.demo.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.CaseActor;
import org.cityos.cases.CaseDesk.Action;
import org.cityos.cases.CaseVerb;
import org.cityos.cases.Deadline;
import org.cityos.cases.HistoricCase.Step;
import org.cityos.cases.HotlineType;
import org.cityos.cases.LimitUnit;
import org.cityos.cases.Satisfaction;
import org.cityos.cases.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * Plans how one case went, from intake on: the operators' steps at any hour (12345 runs day and
 * night), the departments' in office hours measured against the case's deadline. Outcomes are
 * spread as a city sees them: ~2 % refused, most consultations answered at once, ~4 % returned
 * (退单) and re-dispatched, ~5 % extended (延期, mostly approved), ~12 % replied late (red card,
 * 督办), ~7 % reworked (返工), ~70 % of callers with a phone asked for their satisfaction, a few
 * 不满意 reopened. Steps after {@code now} are left out: recent cases are still under way.
 */
final class CaseCourse {

	private final WorkingCalendar calendar;

	private final CaseRules rules;

	private final DemoDesk desk;

	private final Instant now;

	CaseCourse(WorkingCalendar calendar, CaseRules rules, DemoDesk desk, Instant now) {
		this.calendar = calendar;
		this.rules = rules;
		this.desk = desk;
		this.now = now;
	}

	/** The steps after intake at {@code t0}. */
	List<Step> plan(String category, @Nullable HotlineType type, Urgency urgency, @Nullable String grid,
			boolean hasPhone, Instant t0, SplittableRandom random) {
		List<Step> steps = new ArrayList<>();
		CaseActor operator = DemoDesk.OPERATOR;
		if (random.nextInt(1000) < 20) {
			add(steps, t0.plus(minutes(random, 3, 30)), CaseVerb.REJECT, operator, note(CaseTexts.rejection(random)));
			return cut(steps);
		}
		if (type != null && !type.needsLocation() && random.nextInt(100) < 80) {
			Instant answered = t0.plus(minutes(random, 1, 8));
			add(steps, answered, CaseVerb.ANSWER, operator, note(CaseTexts.answer(random)));
			if (hasPhone && random.nextInt(100) < 30) {
				add(steps, answered.plus(minutes(random, 60, 1440)), CaseVerb.RATE, operator, rating(satisfied(random)));
			}
			return cut(steps);
		}
		Instant registered = t0.plus(minutes(random, 1, 15));
		add(steps, registered, CaseVerb.REGISTER, operator, Action.note(null));
		Instant dispatched = registered.plus(minutes(random, 2, 30));
		String department = rules.departmentFor(category, grid);
		if (random.nextInt(100) < 4) {
			String wrong = department.equals(DemoDesk.URBAN_MANAGEMENT) ? "ZJJ" : DemoDesk.URBAN_MANAGEMENT;
			Deadline first = rules.deadline(category, urgency, dispatched);
			add(steps, dispatched, CaseVerb.DISPATCH, operator, dispatchTo(wrong));
			Instant returned = within(dispatched, first, 0.05, 0.3, random);
			add(steps, returned, CaseVerb.RETURN, desk.handler(wrong, random), note(CaseTexts.returnReason(random)));
			dispatched = returned.plus(minutes(random, 5, 40));
		}
		add(steps, dispatched, CaseVerb.DISPATCH, operator, dispatchTo(null));
		Deadline due = rules.deadline(category, urgency, dispatched);
		Instant closed = handle(steps, category, grid, department, due, dispatched, random);
		if (!hasPhone || random.nextInt(100) >= 70) {
			return cut(steps);
		}
		Instant rated = closed.plus(minutes(random, 120, 1800));
		Satisfaction level = random.nextInt(100) < 8 ? (random.nextInt(4) == 0 ? Satisfaction.VERY_DISSATISFIED
				: Satisfaction.DISSATISFIED) : satisfied(random);
		add(steps, rated, CaseVerb.RATE, operator, new Action(level.satisfied() ? null : CaseTexts.dissatisfied(random),
				null, null, level, null, null, null, null, List.of()));
		if (!level.satisfied() && random.nextInt(100) < 40) {
			Instant reopened = rated.plus(minutes(random, 10, 60));
			add(steps, reopened, CaseVerb.REOPEN, operator, Action.note(null));
			Deadline again = rules.deadline(category, urgency, reopened);
			Instant closedAgain = handle(steps, category, grid, department, again, reopened, random);
			add(steps, closedAgain.plus(minutes(random, 120, 1800)), CaseVerb.RATE, operator, rating(satisfied(random)));
		}
		return cut(steps);
	}

	/** Accept, perhaps extend, reply, verify (perhaps rework), close; answers when it was closed. */
	private Instant handle(List<Step> steps, String category, @Nullable String grid, String department, Deadline due,
			Instant dispatched, SplittableRandom random) {
		CaseActor handler = desk.handler(department, random);
		Instant accepted = within(dispatched, due, 0.03, 0.2, random);
		add(steps, accepted, CaseVerb.ACCEPT, handler, Action.note(null));
		Instant replied;
		int r = random.nextInt(100);
		if (r < 5 && due.unit() != LimitUnit.HOURS) {
			Instant asked = within(accepted, due, 0.1, 0.4, random);
			add(steps, asked, CaseVerb.EXTEND, handler, new Action(CaseTexts.extension(random), null, null, null, 2,
					LimitUnit.WORKING_DAYS, null, null, List.of()));
			Instant decided = within(asked, due, 0.1, 0.5, random);
			boolean approve = random.nextInt(100) < 85;
			add(steps, decided, approve ? CaseVerb.APPROVE_EXTENSION : CaseVerb.REFUSE_EXTENSION, DemoDesk.OPERATOR,
					Action.note(approve ? "同意延期" : "时限内可以办结，不同意延期"));
			replied = approve ? office(decided, 2 + random.nextDouble() * 10) : office(decided, 1 + random.nextDouble() * 6);
		}
		else if (r < 17) {
			Duration span = span(dispatched, due);
			replied = after(due.dueAt(), due, span.multipliedBy(10 + random.nextInt(140)).dividedBy(100));
		}
		else {
			replied = within(accepted, due, 0.2, 0.8, random);
		}
		add(steps, replied, CaseVerb.REPLY, handler, note(CaseTexts.reply(category, random)));
		CaseActor verifier = desk.verifier(grid);
		Instant verified = replied.isBefore(due.dueAt()) ? within(replied, due, 0.3, 0.7, random)
				: office(replied, 0.2 + random.nextDouble() * 2);
		if (random.nextInt(100) < 7) {
			add(steps, verified, CaseVerb.VERIFY, verifier, new Action(CaseTexts.rework(random), null, false, null, null,
					null, null, null, List.of()));
			Instant again = office(verified, 0.5 + random.nextDouble() * 3);
			add(steps, again, CaseVerb.REPLY, handler, note(CaseTexts.reply(category, random)));
			verified = office(again, 0.2 + random.nextDouble() * 2);
		}
		add(steps, verified, CaseVerb.VERIFY, verifier, new Action("现场核查已处置到位", null, true, null, null, null,
				null, null, List.of()));
		Instant closed = verified.isBefore(due.dueAt()) ? within(verified, due, 0.3, 0.9, random)
				: verified.plus(minutes(random, 5, 60));
		add(steps, closed, CaseVerb.CLOSE, DemoDesk.OPERATOR, Action.note(null));
		return closed;
	}

	/** A point between {@code from} and the due, at a random fraction of the time left (office time for working units). */
	private Instant within(Instant from, Deadline due, double low, double high, SplittableRandom random) {
		Duration left = span(from, due);
		if (left.isNegative() || left.isZero()) {
			return from.plus(minutes(random, 1, 10));
		}
		double fraction = low + random.nextDouble() * (high - low);
		return after(from, due, Duration.ofSeconds(Math.max(60, (long) (left.toSeconds() * fraction))));
	}

	private Duration span(Instant from, Deadline due) {
		return due.unit() == LimitUnit.HOURS ? Duration.between(from, due.dueAt())
				: calendar.workingTimeBetween(from, due.dueAt());
	}

	private Instant after(Instant from, Deadline due, Duration amount) {
		return due.unit() == LimitUnit.HOURS ? from.plus(amount) : calendar.addWorkingHours(from, amount);
	}

	private Instant office(Instant from, double hours) {
		return calendar.addWorkingHours(from, Duration.ofSeconds((long) (hours * 3600)));
	}

	private List<Step> cut(List<Step> steps) {
		int keep = 0;
		while (keep < steps.size() && !steps.get(keep).at().isAfter(now)) {
			keep++;
		}
		return steps.subList(0, keep);
	}

	private static void add(List<Step> steps, Instant at, CaseVerb verb, CaseActor actor, Action input) {
		Instant last = steps.isEmpty() ? at : steps.get(steps.size() - 1).at();
		steps.add(new Step(at.isBefore(last) ? last : at, verb, actor, input));
	}

	private static Duration minutes(SplittableRandom random, int low, int high) {
		return Duration.ofSeconds(low * 60L + random.nextLong((high - low) * 60L + 1));
	}

	private static Action note(String text) {
		return Action.note(text);
	}

	private static Action dispatchTo(@Nullable String department) {
		return new Action(null, department, null, null, null, null, null, null, List.of());
	}

	private static Action rating(Satisfaction level) {
		return new Action(null, null, null, level, null, null, null, null, List.of());
	}

	/** 非常满意 45, 满意 38, 基本满意 17 among the satisfied. */
	private static Satisfaction satisfied(SplittableRandom random) {
		int r = random.nextInt(100);
		return r < 45 ? Satisfaction.VERY_SATISFIED : r < 83 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
	}
}
