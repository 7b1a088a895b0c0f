package org.cityos.cases;

import static org.cityos.cases.CaseStatus.CLOSED;
import static org.cityos.cases.CaseStatus.DISPATCHED;
import static org.cityos.cases.CaseStatus.IN_PROGRESS;
import static org.cityos.cases.CaseStatus.RECEIVED;
import static org.cityos.cases.CaseStatus.REGISTERED;
import static org.cityos.cases.CaseStatus.REPLIED;
import static org.cityos.cases.CaseStatus.VERIFIED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.cityos.shared.Role;

/**
 * The workflow's verbs: in which statuses each may be used and by which roles. This table is the
 * state machine's guard; where a verb leads is decided by {@link Case} (verify and reopen have two
 * outcomes). {@link #path()} is the verb in {@code POST /api/cases/{number}/{action}}.
 */
public enum CaseVerb {
	REGISTER("register", "立案", Set.of(RECEIVED), Actors.OPERATORS),
	REJECT("reject", "不予受理", Set.of(RECEIVED, REGISTERED), Actors.OPERATORS),
	ANSWER("answer", "直接答复", Set.of(RECEIVED, REGISTERED), Actors.OPERATORS),
	MERGE("merge", "合并重复件", Set.of(RECEIVED, REGISTERED), Actors.OPERATORS),
	DISPATCH("dispatch", "派遣", Set.of(REGISTERED, DISPATCHED), Actors.OPERATORS),
	ACCEPT("accept", "签收", Set.of(DISPATCHED), Actors.HANDLERS),
	RETURN("return", "退单", Set.of(DISPATCHED), Actors.HANDLERS),
	REPLY("reply", "处置反馈", Set.of(IN_PROGRESS), Actors.HANDLERS),
	VERIFY("verify", "核查", Set.of(REPLIED), Actors.VERIFIERS),
	CLOSE("close", "结案", Set.of(VERIFIED), Actors.OPERATORS),
	RATE("rate", "回访评价", Set.of(CLOSED), Actors.OPERATORS),
	REOPEN("reopen", "重新办理", Set.of(CLOSED), Actors.OPERATORS),
	EXTEND("extend", "申请延期", Set.of(DISPATCHED, IN_PROGRESS), Actors.HANDLERS),
	APPROVE_EXTENSION("approve-extension", "批准延期", Set.of(DISPATCHED, IN_PROGRESS, REPLIED), Actors.OPERATORS),
	REFUSE_EXTENSION("refuse-extension", "驳回延期", Set.of(DISPATCHED, IN_PROGRESS, REPLIED), Actors.OPERATORS);

	private final String path;

	private final String label;

	private final Set<CaseStatus> from;

	private final Set<Role> roles;

	CaseVerb(String path, String label, Set<CaseStatus> from, Set<Role> roles) {
		this.path = path;
		this.label = label;
		this.from = EnumSet.copyOf(from);
		this.roles = EnumSet.copyOf(roles);
	}

	public String path() {
		return path;
	}

	public String label() {
		return label;
	}

	public Set<CaseStatus> from() {
		return from;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean allowedIn(CaseStatus status) {
		return from.contains(status);
	}

	public static Optional<CaseVerb> ofPath(String path) {
		return Arrays.stream(values()).filter(v -> v.path.equals(path)).findFirst();
	}

	private static final class Actors {

		static final Set<Role> OPERATORS = EnumSet.of(Role.OPERATOR, Role.ADMIN);

		static final Set<Role> HANDLERS = EnumSet.of(Role.HANDLER, Role.ADMIN);

		static final Set<Role> VERIFIERS = EnumSet.of(Role.OPERATOR, Role.GRID_WORKER, Role.ADMIN);
	}
}
