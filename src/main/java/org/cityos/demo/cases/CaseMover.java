package org.cityos.demo.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.Case;
import org.cityos.cases.CaseActor;
import org.cityos.cases.CaseDesk;
import org.cityos.cases.CaseDesk.Action;
import org.cityos.cases.CaseScope;
import org.cityos.cases.CaseStatus;
import org.cityos.cases.CaseVerb;
import org.cityos.cases.Cases;
import org.cityos.cases.Extensions;
import org.cityos.cases.HistoricCase;
import org.cityos.cases.LimitUnit;
import org.cityos.cases.Resolution;
import org.cityos.cases.Satisfaction;
import org.cityos.demo.city.DemoCityMapGenerator;
import org.cityos.directory.Account;
import org.cityos.directory.Accounts;
import org.cityos.geography.DivisionLevel;
import org.cityos.shared.PageResult.PageRequest;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The simulator's hands: takes a drawn case in and moves open cases one step each through
 * {@link CaseDesk} as the people who would: the 12345 operator registers, answers, dispatches,
 * decides extensions, closes and calls back; the department's handler accepts, returns a case
 * sent to the wrong department, asks for more time and replies; the grid worker of the grid (or
 * the operator) verifies. How likely a case moves in a tick follows a mean wait per status;
 * the departments' and grid workers' steps happen in office hours only. A refused step (another
 * instance or a person acted first) is counted and skipped.
 */
@Component
class CaseMover {

	private static final Logger log = LoggerFactory.getLogger(CaseMover.class);

	private static final int PER_STATUS = 100;

	/** Mean simulated wait before the next step, per status. */
	private static final Map<CaseStatus, Duration> WAIT = Map.of(CaseStatus.RECEIVED, Duration.ofMinutes(10),
			CaseStatus.REGISTERED, Duration.ofMinutes(15), CaseStatus.DISPATCHED, Duration.ofMinutes(45),
			CaseStatus.IN_PROGRESS, Duration.ofHours(3), CaseStatus.REPLIED, Duration.ofHours(2), CaseStatus.VERIFIED,
			Duration.ofMinutes(30), CaseStatus.CLOSED, Duration.ofHours(8));

	record Outcome(int done, int failed) {
	}

	private final CaseDesk desk;

	private final Cases cases;

	private final Extensions extensions;

	private final Accounts accounts;

	private final WorkingCalendar calendar;

	private final DemoCases demoCases;

	private volatile @Nullable DemoDesk people;

	private volatile @Nullable CasePlaces places;

	CaseMover(CaseDesk desk, Cases cases, Extensions extensions, Accounts accounts, WorkingCalendar calendar,
			DemoCases demoCases) {
		this.desk = desk;
		this.cases = cases;
		this.extensions = extensions;
		this.accounts = accounts;
		this.calendar = calendar;
		this.demoCases = demoCases;
	}

	/** Takes the case in as its channel's reporter; a suggested duplicate is merged one time in two. */
	boolean receive(HistoricCase drawn, SplittableRandom random) {
		try {
			CaseDesk.Received received = desk.receive(new CaseDesk.Intake(drawn.channel(), drawn.hotlineType(),
					drawn.categoryCode(), drawn.description(), drawn.urgency(), drawn.lon(), drawn.lat(), drawn.address(),
					drawn.reporterName(), drawn.reporterPhone(), null, List.of()), drawn.receivedBy());
			if (!received.duplicates().isEmpty() && random.nextBoolean()) {
				act(received.c(), CaseVerb.MERGE, new Action(null, null, null, null, null, null,
						received.duplicates().get(0).number(), null, List.of()), DemoDesk.OPERATOR);
			}
			return true;
		}
		catch (RuntimeException ex) {
			log.debug("Case simulator: intake refused: {}", ex.getMessage());
			return false;
		}
	}

	/** One step for each open case whose turn it is after {@code simulated} time. */
	Outcome advance(Instant now, Duration simulated, SplittableRandom random, BooleanSupplier going) {
		Duration lastMinute = calendar.workingTimeBetween(now.minus(Duration.ofMinutes(1)), now);
		boolean office = !lastMinute.isNegative() && !lastMinute.isZero();
		int done = 0;
		int failed = 0;
		for (CaseStatus status : List.of(CaseStatus.VERIFIED, CaseStatus.REPLIED, CaseStatus.IN_PROGRESS,
				CaseStatus.DISPATCHED, CaseStatus.REGISTERED, CaseStatus.RECEIVED, CaseStatus.CLOSED)) {
			boolean byDepartments = status == CaseStatus.DISPATCHED || status == CaseStatus.IN_PROGRESS
					|| status == CaseStatus.REPLIED;
			if (byDepartments && !office) {
				continue;
			}
			double chance = 1 - Math.exp(-(double) simulated.toSeconds() / WAIT.get(status).toSeconds());
			Instant from = status == CaseStatus.CLOSED ? now.minus(Duration.ofDays(3)) : null;
			List<Case> candidates = cases.search(new Cases.Search(List.of(status), null, null, null, null, null, false,
					null, null, from, null, null, CaseScope.CITY), new PageRequest(0, PER_STATUS)).content();
			for (Case c : candidates) {
				if (!going.getAsBoolean()) {
					return new Outcome(done, failed);
				}
				if (random.nextDouble() >= chance) {
					continue;
				}
				Boolean result = step(c, random);
				if (result == null) {
					continue;
				}
				if (result) {
					done++;
				}
				else {
					failed++;
				}
			}
		}
		return new Outcome(done, failed);
	}

	/** The case's next step; null when it has none to take now. */
	private @Nullable Boolean step(Case c, SplittableRandom random) {
		DemoDesk who = desk();
		return switch (c.status()) {
			case RECEIVED -> {
				if (random.nextInt(100) < 2) {
					yield act(c, CaseVerb.REJECT, Action.note(CaseTexts.rejection(random)), DemoDesk.OPERATOR);
				}
				if (c.hotlineType() != null && !c.hotlineType().needsLocation()
						&& random.nextInt(100) < 80) {
					yield act(c, CaseVerb.ANSWER, Action.note(CaseTexts.answer(random)), DemoDesk.OPERATOR);
				}
				yield act(c, CaseVerb.REGISTER, Action.note(null), DemoDesk.OPERATOR);
			}
			case REGISTERED -> act(c, CaseVerb.DISPATCH, Action.note(null), DemoDesk.OPERATOR);
			case DISPATCHED -> {
				String department = c.departmentCode();
				if (department == null) {
					yield null;
				}
				String byRule = demoCases.rules().departmentFor(c.categoryCode(),
						c.place() == null || c.place().grid() == null ? null : c.place().grid().code());
				if (!department.equals(byRule)) {
					yield act(c, CaseVerb.RETURN, Action.note(CaseTexts.returnReason(random)), who.handler(department, random));
				}
				yield act(c, CaseVerb.ACCEPT, Action.note(null), who.handler(department, random));
			}
			case IN_PROGRESS -> inProgress(c, who, random);
			case REPLIED -> {
				CaseActor verifier = who.verifier(c.place() == null || c.place().grid() == null ? null : c.place().grid().code());
				boolean passed = random.nextInt(100) >= 7;
				yield act(c, CaseVerb.VERIFY, new Action(passed ? "现场核查已处置到位" : CaseTexts.rework(random), null, passed,
						null, null, null, null, null, List.of()), verifier);
			}
			case VERIFIED -> act(c, CaseVerb.CLOSE, Action.note(null), DemoDesk.OPERATOR);
			case CLOSED -> closed(c, random);
			default -> null;
		};
	}

	private @Nullable Boolean inProgress(Case c, DemoDesk who, SplittableRandom random) {
		String department = c.departmentCode();
		if (department == null) {
			return null;
		}
		if (extensions.pending(c.id()).isPresent()) {
			boolean approve = random.nextInt(100) < 85;
			return act(c, approve ? CaseVerb.APPROVE_EXTENSION : CaseVerb.REFUSE_EXTENSION,
					Action.note(approve ? "同意延期" : "时限内可以办结，不同意延期"), DemoDesk.OPERATOR);
		}
		CaseActor handler = c.handler() != null ? CaseActor.staff(c.handler(), java.util.Set.of(Role.HANDLER), department,
				List.of()) : who.handler(department, random);
		if (c.extensionCount() == 0 && random.nextInt(100) < 4) {
			return act(c, CaseVerb.EXTEND, new Action(CaseTexts.extension(random), null, null, null, 2,
					LimitUnit.WORKING_DAYS, null, null, List.of()), handler);
		}
		return act(c, CaseVerb.REPLY, Action.note(CaseTexts.reply(c.categoryCode(), random)), handler);
	}

	/** 回访: seven callers in ten are asked (decided by the number, so asked once); four 不满意 in ten reopen. */
	private @Nullable Boolean closed(Case c, SplittableRandom random) {
		int lot = Math.floorMod(c.number().hashCode(), 10);
		if (c.resolution() == Resolution.MERGED || c.phoneLast4() == null || lot >= 7) {
			return null;
		}
		if (c.satisfaction() == null) {
			int r = random.nextInt(100);
			Satisfaction level = r < 5 ? Satisfaction.DISSATISFIED : r < 7 ? Satisfaction.VERY_DISSATISFIED
					: r < 50 ? Satisfaction.VERY_SATISFIED : r < 85 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
			return act(c, CaseVerb.RATE, new Action(level.satisfied() ? null : CaseTexts.dissatisfied(random), null, null,
					level, null, null, null, null, List.of()), DemoDesk.OPERATOR);
		}
		if (!c.satisfaction().satisfied() && c.reopenCount() == 0 && lot < 4 && c.resolution() == Resolution.HANDLED) {
			return act(c, CaseVerb.REOPEN, Action.note(null), DemoDesk.OPERATOR);
		}
		return null;
	}

	private boolean act(Case c, CaseVerb verb, Action input, CaseActor actor) {
		try {
			desk.act(c.number(), verb, input, actor);
			return true;
		}
		catch (RuntimeException ex) {
			log.debug("Case simulator: {} {} refused: {}", verb.path(), c.number(), ex.getMessage());
			return false;
		}
	}

	/** The demo's people as the directory has them now. */
	DemoDesk desk() {
		DemoDesk d = people;
		if (d == null) {
			Map<String, List<String>> handlers = new HashMap<>();
			for (String department : DemoDesk.HANDLING_DEPARTMENTS.keySet()) {
				handlers.put(department, accounts.inDepartment(department, Role.HANDLER).stream().filter(Account::enabled)
					.map(Account::username).sorted().toList());
			}
			List<DemoDesk.GridWorker> workers = new ArrayList<>();
			accounts.search(null, Role.GRID_WORKER, null, new PageRequest(0, 500)).content().stream()
				.filter(a -> a.enabled() && !a.gridCodes().isEmpty())
				.forEach(a -> workers.add(new DemoDesk.GridWorker(a.username(), a.gridCodes())));
			d = new DemoDesk(handlers, workers);
			people = d;
		}
		return d;
	}

	CasePlaces places() {
		CasePlaces p = places;
		if (p == null) {
			p = new CasePlaces(new DemoCityMapGenerator().generate().ofLevel(DivisionLevel.GRID),
					desk().gridWorkers().stream().flatMap(w -> w.grids().stream()).toList(), 12345L);
			places = p;
		}
		return p;
	}
}
