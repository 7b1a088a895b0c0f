package org.cityos.cases;

import java.time.Instant;

import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * 案件: one citizen's or grid worker's matter, from intake to rating. Loaded and saved whole by
 * {@link Cases}; {@link #version()} guards against lost updates (a stale save is a 409).
 * <p>
 * Life cycle (see {@link CaseVerb} for who may do what):
 * {@code RECEIVED →register→ REGISTERED →dispatch→ DISPATCHED →accept→ IN_PROGRESS →reply→ REPLIED
 * →verify(pass)→ VERIFIED →close→ CLOSED →rate}; {@code return} sends a dispatched case back to
 * REGISTERED, {@code verify(fail)} sends it back to IN_PROGRESS (返工), {@code reopen} a badly rated
 * one back to its department. {@code answer} closes at intake, {@code reject} ends it, {@code merge}
 * makes it follow another case. Each verb checks the status first and refuses with a
 * {@link ConflictException} naming the status and the verb, changing nothing.
 * <p>
 * Invariants: a case in a timed status has a department and a deadline; a merged case names its
 * master; counters only grow.
 */
public final class Case {

	// identity and intake: fixed after intake
	long id;
	String number;
	int version;
	Channel channel;
	@Nullable HotlineType hotlineType;
	String categoryCode;
	String description;
	Urgency urgency;
	@Nullable CasePlace place;
	@Nullable String reporterName;
	@Nullable String reporterPhone;
	@Nullable String reporterEmail;
	String reportedBy;
	Instant createdAt;

	// workflow state
	CaseStatus status;
	@Nullable Resolution resolution;
	@Nullable String departmentCode;
	@Nullable String handler;
	@Nullable String answer;
	@Nullable String rejectReason;
	@Nullable String replyNote;
	@Nullable Instant registeredAt;
	@Nullable Instant dispatchedAt;
	@Nullable Instant firstDispatchedAt;
	@Nullable Instant acceptedAt;
	@Nullable Instant repliedAt;
	@Nullable Instant firstRepliedAt;
	@Nullable Instant verifiedAt;
	@Nullable Instant closedAt;
	@Nullable Deadline deadline;
	Card card = Card.NONE;
	boolean supervised;
	@Nullable Instant supervisedAt;
	int returnCount;
	int reworkCount;
	int reopenCount;
	int extensionCount;
	@Nullable Satisfaction satisfaction;
	@Nullable String ratingComment;
	@Nullable Instant ratedAt;
	@Nullable String masterNumber;
	Instant updatedAt;

	Case() {
	}

	/** A new case as taken in; {@link Cases#insert} gives it its id and number. */
	static Case received(Channel channel, @Nullable HotlineType hotlineType, String categoryCode, String description,
			Urgency urgency, @Nullable CasePlace place, @Nullable String reporterName, @Nullable String reporterPhone,
			@Nullable String reporterEmail, String reportedBy, Instant at) {
		Case c = new Case();
		c.channel = channel;
		c.hotlineType = hotlineType;
		c.categoryCode = categoryCode;
		c.description = description;
		c.urgency = urgency;
		c.place = place;
		c.reporterName = reporterName;
		c.reporterPhone = reporterPhone;
		c.reporterEmail = reporterEmail;
		c.reportedBy = reportedBy;
		c.createdAt = at;
		c.updatedAt = at;
		c.status = CaseStatus.RECEIVED;
		c.number = "";
		return c;
	}

	// ---- verbs: each checks, then changes; the desk records the transition

	void register(Instant at) {
		require(CaseVerb.REGISTER);
		status = CaseStatus.REGISTERED;
		registeredAt = at;
	}

	void reject(String reason, Instant at) {
		require(CaseVerb.REJECT);
		rejectReason = required("reason", reason);
		status = CaseStatus.REJECTED;
		closedAt = at;
	}

	void answer(String text, Instant at) {
		require(CaseVerb.ANSWER);
		answer = required("note", text);
		if (registeredAt == null) {
			registeredAt = at;
		}
		status = CaseStatus.CLOSED;
		resolution = Resolution.ANSWERED;
		closedAt = at;
	}

	void mergeInto(Case master) {
		require(CaseVerb.MERGE);
		if (master.number.equals(number)) {
			throw InvalidInputException.ofField("target", "a case cannot be merged into itself");
		}
		if (!master.status.isOpen()) {
			throw new ConflictException("Case " + master.number + " is " + master.status + " (" + master.status.label()
					+ "): merge into an open case");
		}
		status = CaseStatus.MERGED;
		masterNumber = master.number;
	}

	/** 派遣 (or 改派 before the department accepted): the deadline starts now. */
	void dispatch(String department, Deadline due, Instant at) {
		require(CaseVerb.DISPATCH);
		departmentCode = department;
		handler = null;
		status = CaseStatus.DISPATCHED;
		dispatchedAt = at;
		if (firstDispatchedAt == null) {
			firstDispatchedAt = at;
		}
		startClock(due);
	}

	void accept(String by, Instant at) {
		require(CaseVerb.ACCEPT);
		handler = by;
		acceptedAt = at;
		status = CaseStatus.IN_PROGRESS;
	}

	/** 退单: not this department's matter; back to the dispatcher, the clock stops. */
	void returnToDispatch(String reason) {
		require(CaseVerb.RETURN);
		required("reason", reason);
		returnCount++;
		departmentCode = null;
		handler = null;
		dispatchedAt = null;
		deadline = null;
		card = Card.NONE;
		supervised = false;
		supervisedAt = null;
		status = CaseStatus.REGISTERED;
	}

	void reply(String note, Instant at) {
		require(CaseVerb.REPLY);
		replyNote = required("note", note);
		repliedAt = at;
		if (firstRepliedAt == null) {
			firstRepliedAt = at;
		}
		status = CaseStatus.REPLIED;
	}

	/** 核查: passed → ready to close; failed → back to the handler (返工). */
	void verify(boolean passed, @Nullable String reason, Instant at) {
		require(CaseVerb.VERIFY);
		if (passed) {
			verifiedAt = at;
			status = CaseStatus.VERIFIED;
		}
		else {
			required("reason", reason);
			reworkCount++;
			status = CaseStatus.IN_PROGRESS;
		}
	}

	void close(Instant at) {
		require(CaseVerb.CLOSE);
		status = CaseStatus.CLOSED;
		resolution = Resolution.HANDLED;
		closedAt = at;
	}

	/** Closes a merged case with its master's outcome. */
	void closeWithMaster(Instant at) {
		if (status != CaseStatus.MERGED) {
			throw new IllegalStateException("only merged cases follow their master");
		}
		status = CaseStatus.CLOSED;
		resolution = Resolution.MERGED;
		closedAt = at;
	}

	void rate(Satisfaction level, @Nullable String comment, Instant at) {
		require(CaseVerb.RATE);
		if (ratedAt != null) {
			throw new ConflictException("Case " + number + " was already rated (" + satisfaction.label() + ")");
		}
		satisfaction = level;
		ratingComment = comment == null || comment.isBlank() ? null : comment.trim();
		ratedAt = at;
	}

	/** 重新办理 after a 不满意 answer: back to its department with a new deadline, or to dispatch. */
	void reopen(@Nullable Deadline due, Instant at) {
		require(CaseVerb.REOPEN);
		if (satisfaction == null || satisfaction.satisfied()) {
			throw new ConflictException("Case " + number + " can be reopened only after a 不满意 or 非常不满意 rating");
		}
		if (resolution == Resolution.MERGED) {
			throw new ConflictException("Case " + number + " was closed with case " + masterNumber + ": reopen that one");
		}
		reopenCount++;
		resolution = null;
		closedAt = null;
		verifiedAt = null;
		satisfaction = null;
		ratingComment = null;
		ratedAt = null;
		handler = null;
		if (departmentCode != null && due != null) {
			status = CaseStatus.DISPATCHED;
			dispatchedAt = at;
			startClock(due);
		}
		else {
			departmentCode = null;
			status = CaseStatus.REGISTERED;
		}
	}

	void requestExtension() {
		require(CaseVerb.EXTEND);
	}

	void approveExtension(Deadline extended) {
		require(CaseVerb.APPROVE_EXTENSION);
		extensionCount++;
		startClock(extended);
	}

	void refuseExtension() {
		require(CaseVerb.REFUSE_EXTENSION);
	}

	private void startClock(Deadline due) {
		deadline = due;
		card = Card.NONE;
		supervised = false;
		supervisedAt = null;
	}

	/** Refuses a verb the current status does not allow: 409 naming both. */
	void require(CaseVerb verb) {
		if (!verb.allowedIn(status)) {
			throw new ConflictException("Case " + number + " is " + status + " (" + status.label() + "): cannot "
					+ verb.path() + " (" + verb.label() + "); allowed only when " + verb.from());
		}
	}

	private static String required(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.ofField(field, "is required for this action");
		}
		return text.trim();
	}

	// ---- reading

	public long id() { return id; }
	public String number() { return number; }
	public int version() { return version; }
	public Channel channel() { return channel; }
	public @Nullable HotlineType hotlineType() { return hotlineType; }
	public String categoryCode() { return categoryCode; }
	public String description() { return description; }
	public Urgency urgency() { return urgency; }
	public @Nullable CasePlace place() { return place; }
	public @Nullable String reporterName() { return reporterName; }
	public @Nullable String reporterPhone() { return reporterPhone; }
	public @Nullable String reporterEmail() { return reporterEmail; }
	public String reportedBy() { return reportedBy; }
	public Instant createdAt() { return createdAt; }
	public CaseStatus status() { return status; }
	public @Nullable Resolution resolution() { return resolution; }
	public @Nullable String departmentCode() { return departmentCode; }
	public @Nullable String handler() { return handler; }
	public @Nullable String answer() { return answer; }
	public @Nullable String rejectReason() { return rejectReason; }
	public @Nullable String replyNote() { return replyNote; }
	public @Nullable Instant registeredAt() { return registeredAt; }
	public @Nullable Instant dispatchedAt() { return dispatchedAt; }
	public @Nullable Instant firstDispatchedAt() { return firstDispatchedAt; }
	public @Nullable Instant acceptedAt() { return acceptedAt; }
	public @Nullable Instant repliedAt() { return repliedAt; }
	public @Nullable Instant verifiedAt() { return verifiedAt; }
	public @Nullable Instant closedAt() { return closedAt; }
	public @Nullable Deadline deadline() { return deadline; }
	public Card card() { return card; }
	public boolean supervised() { return supervised; }
	public @Nullable Instant supervisedAt() { return supervisedAt; }
	public int returnCount() { return returnCount; }
	public int reworkCount() { return reworkCount; }
	public int reopenCount() { return reopenCount; }
	public int extensionCount() { return extensionCount; }
	public @Nullable Satisfaction satisfaction() { return satisfaction; }
	public @Nullable String ratingComment() { return ratingComment; }
	public @Nullable Instant ratedAt() { return ratedAt; }
	public @Nullable String masterNumber() { return masterNumber; }
	public Instant updatedAt() { return updatedAt; }

	/** Past its deadline and not closed (or closed late). */
	public boolean overdueAt(Instant now) {
		if (deadline == null) {
			return false;
		}
		Instant end = closedAt != null ? closedAt : now;
		return end.isAfter(deadline.dueAt());
	}

	/** The last four digits of the reporter's phone, which a citizen gives to follow the case. */
	public @Nullable String phoneLast4() {
		return reporterPhone == null || reporterPhone.length() < 4 ? null
				: reporterPhone.substring(reporterPhone.length() - 4);
	}
}
