package org.cityos.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.DuplicateFinder.Suggestion;
import org.cityos.directory.Departments;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 案件受理与流转: the entry point for taking cases in and moving them through the workflow. Each
 * call is one transaction: it checks everything (input, role, department or grid, status) before
 * it writes, saves the case against the version it loaded (a concurrent change is a 409), appends
 * the history entry, writes the audit entry and publishes the event, all or nothing.
 * <p>
 * Used by the staff API, the public API, Open311, and by the demo simulator (with
 * {@link CaseActor#system()} or a staff actor).
 */
@Service
public class CaseDesk {

	private final Cases cases;

	private final CaseTimeline timeline;

	private final Attachments attachments;

	private final Extensions extensions;

	private final CaseIntakeChecks checks;

	private final CaseGuards guards;

	private final Deadlines deadlines;

	private final DispatchRules rules;

	private final TimeLimits limits;

	private final Categories categories;

	private final Departments departments;

	private final DuplicateFinder duplicates;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	CaseDesk(Cases cases, CaseTimeline timeline, Attachments attachments, Extensions extensions, CaseIntakeChecks checks,
			CaseGuards guards, Deadlines deadlines, DispatchRules rules, TimeLimits limits, Categories categories,
			Departments departments, DuplicateFinder duplicates, WorkingCalendar calendar, AuditLog audit,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock, PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.cases = cases;
		this.timeline = timeline;
		this.attachments = attachments;
		this.extensions = extensions;
		this.checks = checks;
		this.guards = guards;
		this.deadlines = deadlines;
		this.rules = rules;
		this.limits = limits;
		this.categories = categories;
		this.departments = departments;
		this.duplicates = duplicates;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** What is taken in. Location: both {@code lon} and {@code lat} (WGS-84), or neither for a consultation. */
	public record Intake(@Nullable Channel channel, @Nullable HotlineType hotlineType, @Nullable String categoryCode,
			@Nullable String description, @Nullable Urgency urgency, @Nullable Double lon, @Nullable Double lat,
			@Nullable String address, @Nullable String reporterName, @Nullable String reporterPhone,
			@Nullable String reporterEmail, List<PhotoUpload> photos) {

		public Intake {
			photos = photos == null ? List.of() : List.copyOf(photos);
		}
	}

	/** The new case and the open cases it may duplicate. */
	public record Received(Case c, List<Suggestion> duplicates) {
	}

	/**
	 * The input of a verb; which fields a verb needs is in docs/cases.md. {@code version}, when
	 * given, must be the case's current version (a stale screen gets a 409).
	 */
	public record Action(@Nullable String note, @Nullable String departmentCode, @Nullable Boolean passed,
			@Nullable Satisfaction satisfaction, @Nullable Integer amount, @Nullable LimitUnit unit,
			@Nullable String target, @Nullable Integer version, List<PhotoUpload> photos) {

		public Action {
			photos = photos == null ? List.of() : List.copyOf(photos);
		}

		public static Action note(@Nullable String note) {
			return new Action(note, null, null, null, null, null, null, null, List.of());
		}
	}

	/**
	 * Takes a case in. The day's number is drawn first, in its own short transaction: holding the
	 * day counter's row lock through the whole intake would make every intake of the city wait for
	 * the one before it. A number whose intake then fails is not reused (numbers may skip).
	 */
	public Received receive(Intake intake, CaseActor actor) {
		CaseIntakeChecks.Checked checked = checks.check(intake, actor);
		Instant now = now();
		String number = cases.nextNumber(LocalDate.ofInstant(now, calendar.zone()));
		return Objects.requireNonNull(transactions.execute(status -> receive(checked, intake, number, actor, now)));
	}

	private Received receive(CaseIntakeChecks.Checked checked, Intake intake, String number, CaseActor actor,
			Instant now) {
		Case c = Case.received(checked.channel(), intake.hotlineType(), checked.category().code(),
				checked.description(), Objects.requireNonNullElse(intake.urgency(), Urgency.NORMAL), checked.place(),
				checked.reporterName(), checked.reporterPhone(), checked.reporterEmail(), actor.name(), now);
		cases.insert(c, number);
		for (PhotoUpload photo : checked.photos()) {
			attachments.insert(c.id(), "REPORT", photo, actor.name(), now);
		}
		timeline.append(c.id(), new CaseTimeline.Entry(now, actor.name(), actor.roleLabel(), "receive", null,
				CaseStatus.RECEIVED, null, c.channel().label()));
		audit.record("cases.receive", "case " + c.number(), AuditOutcome.SUCCESS,
				"channel=" + c.channel() + " category=" + c.categoryCode() + " by=" + actor.name());
		events.publishEvent(new CaseReceived(c.number(), c.channel(), c.categoryCode(),
				c.place() == null || c.place().grid() == null ? null : c.place().grid().code(), now, actor.name()));
		return new Received(c, duplicates.around(c));
	}

	public Case require(String number) {
		return cases.find(number).orElseThrow(() -> new NotFoundException("No case with number " + number));
	}

	/** A case the actor may see; others are 404, as if they did not exist. */
	public Case visible(String number, CaseActor actor) {
		Case c = require(number);
		guards.requireVisible(c, actor);
		return c;
	}

	/** The cases merged into {@code number}. */
	public List<Case> mergedInto(String number) {
		return cases.mergedInto(number);
	}

	/** Whether the actor's role, department and grids allow the verb on this case (its status aside). */
	public boolean mayAct(Case c, CaseVerb verb, CaseActor actor) {
		try {
			guards.requireAllowed(c, verb, actor);
			return true;
		}
		catch (org.springframework.security.access.AccessDeniedException ex) {
			return false;
		}
	}

	/** Applies a verb; answers the case as saved. */
	@Transactional
	public Case act(String number, CaseVerb verb, Action input, CaseActor actor) {
		Case c = require(number);
		guards.requireAllowed(c, verb, actor);
		if (input.version() != null && input.version() != c.version()) {
			throw new org.cityos.shared.ConflictException("Case " + number + " is at version " + c.version()
					+ ", you acted on version " + input.version() + ": reload it");
		}
		List<PhotoUpload> photos = checks.photos(input.photos());
		Instant now = now();
		CaseStatus from = c.status();
		String department = c.departmentCode();
		Object event = switch (verb) {
			case REGISTER -> {
				c.register(now);
				yield new CaseRegistered(number, c.categoryCode(), now, actor.name());
			}
			case REJECT -> {
				c.reject(Objects.requireNonNullElse(input.note(), ""), now);
				yield new CaseRejected(number, c.rejectReason(), now, actor.name());
			}
			case ANSWER -> {
				c.answer(Objects.requireNonNullElse(input.note(), ""), now);
				yield new CaseAnswered(number, now, actor.name());
			}
			case MERGE -> merge(c, input, now, actor);
			case DISPATCH -> dispatch(c, input, now, actor);
			case ACCEPT -> {
				c.accept(actor.name(), now);
				yield new CaseAccepted(number, department, now, actor.name());
			}
			case RETURN -> {
				c.returnToDispatch(Objects.requireNonNullElse(input.note(), ""));
				yield new CaseReturned(number, department, input.note().trim(), now, actor.name());
			}
			case REPLY -> {
				c.reply(Objects.requireNonNullElse(input.note(), ""), now);
				yield new CaseReplied(number, department, !c.overdueAt(now), now, actor.name());
			}
			case VERIFY -> {
				if (input.passed() == null) {
					throw InvalidInputException.ofField("passed", "say whether the verification passed (true) or not (false)");
				}
				c.verify(input.passed(), input.note(), now);
				yield new CaseVerified(number, department, input.passed(), now, actor.name());
			}
			case CLOSE -> {
				c.close(now);
				yield new CaseClosed(number, department, Resolution.HANDLED, !c.overdueAt(now), now, actor.name());
			}
			case RATE -> {
				if (input.satisfaction() == null) {
					throw InvalidInputException.ofField("satisfaction", "one of " + List.of(Satisfaction.values()));
				}
				c.rate(input.satisfaction(), input.note(), now);
				yield new CaseRated(number, input.satisfaction(), department, now, actor.name());
			}
			case REOPEN -> {
				c.require(CaseVerb.REOPEN);
				Deadline due = department == null ? null : deadlines.forCase(c.categoryCode(), c.urgency(), now);
				c.reopen(due, now);
				yield new CaseReopened(number, c.departmentCode(), now, actor.name());
			}
			case EXTEND -> requestExtension(c, input, now, actor);
			case APPROVE_EXTENSION, REFUSE_EXTENSION -> decideExtension(c, verb == CaseVerb.APPROVE_EXTENSION, input, now, actor);
		};
		cases.save(c, now);
		for (PhotoUpload photo : photos) {
			attachments.insert(c.id(), verb == CaseVerb.REPLY ? "REPLY" : "OTHER", photo, actor.name(), now);
		}
		String note = historyNote(verb, input, c);
		timeline.append(c.id(), new CaseTimeline.Entry(now, actor.name(), actor.roleLabel(), verb.path(), from, c.status(),
				c.departmentCode() != null ? c.departmentCode() : department, note));
		audit.record("cases." + verb.path(), "case " + number, AuditOutcome.SUCCESS,
				from + "→" + c.status() + (note == null ? "" : " " + truncate(note)));
		events.publishEvent(event);
		if (c.status() == CaseStatus.CLOSED || c.status() == CaseStatus.REJECTED) {
			followMaster(c, now);
		}
		return c;
	}

	/** Every reporter is answered: merged cases close (or are refused) with their master. */
	private void followMaster(Case master, Instant now) {
		for (Case follower : cases.mergedInto(master.number())) {
			if (follower.status() != CaseStatus.MERGED) {
				continue;
			}
			CaseStatus from = follower.status();
			if (master.status() == CaseStatus.REJECTED) {
				follower.status = CaseStatus.REJECTED;
				follower.rejectReason = "同主件 " + master.number() + "：" + master.rejectReason();
				follower.closedAt = now;
			}
			else {
				follower.closeWithMaster(now);
				follower.answer = master.answer() != null ? master.answer() : master.replyNote();
				follower.departmentCode = master.departmentCode();
			}
			cases.save(follower, now);
			timeline.append(follower.id(), new CaseTimeline.Entry(now, "cityos", "SYSTEM", "follow-master", from,
					follower.status(), master.departmentCode(), "随主件 " + master.number() + " 办结"));
			if (follower.status() == CaseStatus.CLOSED) {
				events.publishEvent(new CaseClosed(follower.number(), master.departmentCode(), Resolution.MERGED,
						!master.overdueAt(now), now, "cityos"));
			}
		}
	}

	private CaseMerged merge(Case c, Action input, Instant now, CaseActor actor) {
		if (input.target() == null || input.target().isBlank()) {
			throw InvalidInputException.ofField("target", "name the case number to merge into");
		}
		Case master = cases.find(input.target().trim())
			.orElseThrow(() -> InvalidInputException.ofField("target", "no case with number " + input.target().trim()));
		c.mergeInto(master);
		for (Case follower : cases.mergedInto(c.number())) {
			follower.masterNumber = master.number();
			cases.save(follower, now);
		}
		return new CaseMerged(c.number(), master.number(), now, actor.name());
	}

	private CaseDispatched dispatch(Case c, Action input, Instant now, CaseActor actor) {
		c.require(CaseVerb.DISPATCH);
		String department;
		boolean byRule = input.departmentCode() == null || input.departmentCode().isBlank();
		if (byRule) {
			department = rules.departmentFor(categories.lineage(c.categoryCode()),
					c.place() == null || c.place().grid() == null ? null : c.place().grid().code(), departments::exists)
				.orElseThrow(() -> InvalidInputException.ofField("departmentCode",
						"no dispatch rule applies to this case: name the department"));
		}
		else {
			department = input.departmentCode().trim();
			if (!departments.exists(department)) {
				throw InvalidInputException.ofField("departmentCode", "no department with code '" + department + "'");
			}
		}
		Deadline due = deadlines.forCase(c.categoryCode(), c.urgency(), now);
		c.dispatch(department, due, now);
		return new CaseDispatched(c.number(), department, byRule, due.dueAt(), now, actor.name());
	}

	private CaseExtensionRequested requestExtension(Case c, Action input, Instant now, CaseActor actor) {
		c.requestExtension();
		if (input.amount() == null || input.amount() < 1 || input.amount() > 1000) {
			throw InvalidInputException.ofField("amount", "how much more time, a whole number from 1 to 1000");
		}
		if (input.unit() == null) {
			throw InvalidInputException.ofField("unit", "one of " + List.of(LimitUnit.values()));
		}
		if (input.note() == null || input.note().isBlank()) {
			throw InvalidInputException.ofField("note", "state why more time is needed");
		}
		if (extensions.pending(c.id()).isPresent()) {
			throw new org.cityos.shared.ConflictException("Case " + c.number() + " already has an extension request waiting");
		}
		extensions.request(c.id(), input.amount(), input.unit(), input.note().trim(), actor.name(), now);
		return new CaseExtensionRequested(c.number(), c.departmentCode(), input.amount(), input.unit(),
				input.note().trim(), now, actor.name());
	}

	private CaseExtensionDecided decideExtension(Case c, boolean approve, Action input, Instant now, CaseActor actor) {
		Extensions.Extension pending = extensions.pending(c.id())
			.orElseThrow(() -> new org.cityos.shared.ConflictException("Case " + c.number()
					+ " has no extension request waiting"));
		if (approve) {
			int yellow = TimeLimits.candidates(limits.all(), categories.lineage(c.categoryCode()), c.urgency()).stream()
				.findFirst().map(TimeLimits.TimeLimit::yellowPercent).orElse(80);
			c.approveExtension(deadlines.extend(Objects.requireNonNull(c.deadline()), pending.amount(), pending.unit(),
					yellow, now));
		}
		else {
			if (input.note() == null || input.note().isBlank()) {
				throw InvalidInputException.ofField("note", "state why the extension is refused");
			}
			c.refuseExtension();
		}
		extensions.decide(pending.id(), approve, actor.name(), input.note(), now);
		return new CaseExtensionDecided(c.number(), c.departmentCode(), approve,
				Objects.requireNonNull(c.deadline()).dueAt(), now, actor.name());
	}

	static @Nullable String historyNote(CaseVerb verb, Action input, Case c) {
		return switch (verb) {
			case RATE -> c.satisfaction() == null ? null
					: c.satisfaction().label() + (input.note() == null ? "" : "：" + input.note());
			case VERIFY -> (Boolean.TRUE.equals(input.passed()) ? "核查通过" : "核查不通过，返工")
					+ (input.note() == null ? "" : "：" + input.note());
			case MERGE -> "合并至 " + c.masterNumber();
			case EXTEND -> input.amount() + " " + input.unit() + "：" + input.note();
			case DISPATCH -> (input.departmentCode() == null ? "按规则派遣" : "指定派遣") + (input.note() == null ? ""
					: "：" + input.note());
			default -> input.note();
		};
	}

	private static String truncate(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
