package org.cityos.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The state machine: every verb in every status, legal and illegal, and the counters it keeps. */
class CaseWorkflowTests {

	private static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");

	private static final Deadline DUE = new Deadline(8, LimitUnit.WORKING_HOURS, T0.plusSeconds(3600),
			T0.plusSeconds(7200));

	static Case inStatus(CaseStatus status) {
		Case c = Case.received(Channel.HOTLINE, HotlineType.COMPLAINT, "E0102", "垃圾", Urgency.NORMAL, null, "张三",
				"13800138000", null, "operator", T0);
		c.number = "20261124000001";
		switch (status) {
			case RECEIVED -> {
			}
			case REGISTERED -> c.register(T0);
			case DISPATCHED -> {
				c.register(T0);
				c.dispatch("CGJ", DUE, T0);
			}
			case IN_PROGRESS -> {
				c.register(T0);
				c.dispatch("CGJ", DUE, T0);
				c.accept("handler", T0);
			}
			case REPLIED -> {
				c.register(T0);
				c.dispatch("CGJ", DUE, T0);
				c.accept("handler", T0);
				c.reply("已清理", T0);
			}
			case VERIFIED -> {
				c.register(T0);
				c.dispatch("CGJ", DUE, T0);
				c.accept("handler", T0);
				c.reply("已清理", T0);
				c.verify(true, null, T0);
			}
			case CLOSED -> {
				c.register(T0);
				c.dispatch("CGJ", DUE, T0);
				c.accept("handler", T0);
				c.reply("已清理", T0);
				c.verify(true, null, T0);
				c.close(T0);
			}
			case REJECTED -> c.reject("不属于受理范围", T0);
			case MERGED -> {
				Case master = Case.received(Channel.WEB, null, "E0102", "垃圾", Urgency.NORMAL, null, null, null, null, "x", T0);
				master.number = "20261124000002";
				c.mergeInto(master);
			}
		}
		assertThat(c.status()).isEqualTo(status);
		return c;
	}

	/** Applies a verb with valid input, as the desk would. */
	static void apply(Case c, CaseVerb verb) {
		switch (verb) {
			case REGISTER -> c.register(T0);
			case REJECT -> c.reject("不属于受理范围", T0);
			case ANSWER -> c.answer("已解答", T0);
			case MERGE -> {
				Case master = Case.received(Channel.WEB, null, "E0102", "垃圾", Urgency.NORMAL, null, null, null, null, "x", T0);
				master.number = "20261124000099";
				c.mergeInto(master);
			}
			case DISPATCH -> c.dispatch("CGJ", DUE, T0);
			case ACCEPT -> c.accept("handler", T0);
			case RETURN -> c.returnToDispatch("不是本部门职责");
			case REPLY -> c.reply("已处理", T0);
			case VERIFY -> c.verify(true, null, T0);
			case CLOSE -> c.close(T0);
			case RATE -> c.rate(Satisfaction.DISSATISFIED, null, T0);
			case REOPEN -> {
				c.satisfaction = Satisfaction.DISSATISFIED;
				c.reopen(DUE, T0);
			}
			case EXTEND -> c.requestExtension();
			case APPROVE_EXTENSION -> c.approveExtension(DUE);
			case REFUSE_EXTENSION -> c.refuseExtension();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyVerbInEveryStatusIsAllowedExactlyWhereTheTableSays() {
		return EnumSet.allOf(CaseVerb.class).stream().flatMap(verb -> EnumSet.allOf(CaseStatus.class).stream()
			.map(status -> DynamicTest.dynamicTest(verb.path() + " in " + status, () -> {
				Case c = inStatus(status);
				if (verb.allowedIn(status)) {
					apply(c, verb);
				}
				else {
					int before = c.returnCount + c.reworkCount;
					assertThatThrownBy(() -> apply(c, verb)).isInstanceOf(ConflictException.class)
						.hasMessageContaining(status.name()).hasMessageContaining(verb.path());
					assertThat(c.status()).isEqualTo(status);
					assertThat(c.returnCount + c.reworkCount).isEqualTo(before);
				}
			})));
	}

	@Test
	void theTransitionsLeadWhereTheWorkflowSays() {
		Case c = inStatus(CaseStatus.RECEIVED);
		c.register(T0);
		assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
		c.dispatch("CGJ", DUE, T0);
		assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(c.deadline()).isEqualTo(DUE);
		c.returnToDispatch("不是本部门职责");
		assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
		assertThat(c.departmentCode()).isNull();
		assertThat(c.deadline()).isNull();
		assertThat(c.returnCount()).isEqualTo(1);
		c.dispatch("ZJJ", DUE, T0);
		c.accept("handler", T0);
		c.reply("已处理", T0);
		c.verify(false, "现场仍有垃圾", T0);
		assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(c.reworkCount()).isEqualTo(1);
		c.reply("已再次处理", T0);
		c.verify(true, null, T0);
		c.close(T0);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.resolution()).isEqualTo(Resolution.HANDLED);
		c.rate(Satisfaction.VERY_DISSATISFIED, "没解决", T0);
		c.reopen(DUE, T0);
		assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(c.departmentCode()).isEqualTo("ZJJ");
		assertThat(c.reopenCount()).isEqualTo(1);
		assertThat(c.satisfaction()).isNull();
	}

	@Test
	void aSatisfiedCaseIsNotReopenedAndIsRatedOnce() {
		Case c = inStatus(CaseStatus.CLOSED);
		c.rate(Satisfaction.BASICALLY_SATISFIED, null, T0);
		assertThatThrownBy(() -> c.reopen(DUE, T0)).isInstanceOf(ConflictException.class).hasMessageContaining("不满意");
		assertThatThrownBy(() -> c.rate(Satisfaction.SATISFIED, null, T0)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("already rated");
	}

	@Test
	void reasonsAreRequiredWhereTheWorkflowAsksWhy() {
		assertThatThrownBy(() -> inStatus(CaseStatus.RECEIVED).reject(" ", T0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> inStatus(CaseStatus.DISPATCHED).returnToDispatch(""))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> inStatus(CaseStatus.REPLIED).verify(false, null, T0))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> inStatus(CaseStatus.IN_PROGRESS).reply(null, T0)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aCaseIsNotMergedIntoItselfNorIntoAFinishedCase() {
		Case c = inStatus(CaseStatus.RECEIVED);
		assertThatThrownBy(() -> c.mergeInto(c)).isInstanceOf(InvalidInputException.class);
		Case closed = inStatus(CaseStatus.CLOSED);
		closed.number = "20261124000777";
		assertThatThrownBy(() -> c.mergeInto(closed)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aMergedCaseClosesWithItsMaster() {
		Case c = inStatus(CaseStatus.MERGED);
		c.closeWithMaster(T0);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.resolution()).isEqualTo(Resolution.MERGED);
	}

	@Test
	void overdueIsJudgedAgainstTheDeadlineOrTheClosingTime() {
		Case c = inStatus(CaseStatus.DISPATCHED);
		assertThat(c.overdueAt(DUE.dueAt())).isFalse();
		assertThat(c.overdueAt(DUE.dueAt().plusSeconds(1))).isTrue();
	}
}
