package org.cityos.catalog.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.SharingType;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The request and grant aggregates refuse the state changes their life cycles do not allow. */
class SharingRequestTests {

	private static final Instant REQUESTED_AT = Instant.parse("2026-11-23T02:00:00Z");

	private static final Instant DUE = Instant.parse("2026-11-30T02:00:00Z");

	@Test
	void approvalRecordsTheGrantAndWhetherItCameOnTime() {
		UUID grant = UUID.randomUUID();
		SharingRequest approved = waiting().approve(grant, "steward", DUE.minusSeconds(1), "同意");

		assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
		assertThat(approved.grantId()).isEqualTo(grant);
		assertThat(approved.answeredOnTime()).isTrue();
		assertThat(waiting().approve(grant, "steward", DUE.plusSeconds(1), null).answeredOnTime()).isFalse();
	}

	@Test
	void aRequestIsAnsweredOnce() {
		SharingRequest approved = waiting().approve(UUID.randomUUID(), "steward", REQUESTED_AT, null);
		SharingRequest rejected = waiting().reject("steward", REQUESTED_AT, "用途不符");

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> approved.approve(UUID.randomUUID(), "x", DUE, null));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> approved.reject("x", DUE, "改主意"));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> rejected.approve(UUID.randomUUID(), "x", DUE, null));
	}

	@Test
	void rejectionNeedsAReason() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> waiting().reject("steward", DUE, " "))
			.withMessageContaining("reason");
		assertThat(waiting().reject("steward", DUE, "  用途不符 ").answerReason()).isEqualTo("用途不符");
	}

	@Test
	void onlyAWaitingRequestIsOverdue() {
		assertThat(waiting().overdueAt(DUE)).isFalse();
		assertThat(waiting().overdueAt(DUE.plusSeconds(1))).isTrue();
		assertThat(waiting().reject("s", DUE.plusSeconds(5), "晚了").overdueAt(DUE.plusSeconds(10))).isFalse();
	}

	@Test
	void unmaskedItemsMustBeAmongTheItems() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> SharingRequest.submitted(
				new ResourceCode("101001-000001"), 1, "GAJ", "MZJ", SharingType.CONDITIONAL, "低保核对需要户籍信息",
				List.of("id_number"), List.of("full_name"), DUE, REQUESTED_AT, "s", DUE));
	}

	@Test
	void aGrantIsActiveUntilRevokedOrExpired() {
		SharingRequest request = waiting();
		Grant grant = Grant.issueFor(request, List.of(), REQUESTED_AT.plus(Duration.ofDays(365)), REQUESTED_AT, "steward");

		assertThat(grant.stateAt(REQUESTED_AT.plusSeconds(1))).isEqualTo(GrantState.ACTIVE);
		assertThat(grant.stateAt(REQUESTED_AT.plus(Duration.ofDays(365)))).isEqualTo(GrantState.EXPIRED);
		Grant revoked = grant.revoke("steward", REQUESTED_AT.plusSeconds(60), "任务结束");
		assertThat(revoked.stateAt(REQUESTED_AT.plusSeconds(61))).isEqualTo(GrantState.REVOKED);
		assertThat(revoked.liveAt(REQUESTED_AT.plusSeconds(61))).isFalse();
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> revoked.revoke("admin", DUE, "再撤"));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> grant.revoke("admin", REQUESTED_AT.plus(Duration.ofDays(400)), "已过期"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> grant.revoke("admin", DUE, ""));
	}

	private static SharingRequest waiting() {
		return SharingRequest.submitted(new ResourceCode("101001-000001"), 1, "GAJ", "MZJ", SharingType.CONDITIONAL,
				"低保核对需要户籍信息", List.of("id_number", "full_name"), List.of("full_name"),
				REQUESTED_AT.plus(Duration.ofDays(365)), REQUESTED_AT, "steward-mzj", DUE);
	}
}
