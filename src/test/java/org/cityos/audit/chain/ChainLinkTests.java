package org.cityos.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.cityos.audit.AuditEntry;
import org.cityos.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class ChainLinkTests {

	private final AuditEntry entry = new AuditEntry(7, Instant.parse("2026-11-24T01:02:03.123456Z"), "admin", "ADMIN",
			"DSJJ", "directory.account.opened", "handler", AuditOutcome.SUCCESS, "127.0.0.1", "roles=[HANDLER]", null);

	@Test
	void sameEntrySameLinkSameHash() {
		assertThat(ChainLink.hash(ChainLink.GENESIS, 1, entry)).isEqualTo(ChainLink.hash(ChainLink.GENESIS, 1, entry))
			.hasSize(64);
	}

	@Test
	void anyChangedFieldChangesTheHash() {
		String original = ChainLink.hash(ChainLink.GENESIS, 1, entry);
		AuditEntry otherOutcome = new AuditEntry(7, entry.at(), "admin", "ADMIN", "DSJJ", entry.action(), entry.target(),
				AuditOutcome.DENIED, "127.0.0.1", entry.detail(), null);
		AuditEntry otherTime = new AuditEntry(7, entry.at().plusNanos(1000), "admin", "ADMIN", "DSJJ", entry.action(),
				entry.target(), AuditOutcome.SUCCESS, "127.0.0.1", entry.detail(), null);

		assertThat(ChainLink.hash(ChainLink.GENESIS, 1, otherOutcome)).isNotEqualTo(original);
		assertThat(ChainLink.hash(ChainLink.GENESIS, 1, otherTime)).isNotEqualTo(original);
		assertThat(ChainLink.hash(ChainLink.GENESIS, 2, entry)).as("another place in the chain").isNotEqualTo(original);
		assertThat(ChainLink.hash("f".repeat(64), 1, entry)).as("another predecessor").isNotEqualTo(original);
	}

	@Test
	void movingCharactersBetweenFieldsChangesTheHash() {
		AuditEntry a = new AuditEntry(1, entry.at(), "ab", "ADMIN", null, "c", "t", AuditOutcome.SUCCESS, null, null, null);
		AuditEntry b = new AuditEntry(1, entry.at(), "a", "ADMIN", null, "bc", "t", AuditOutcome.SUCCESS, null, null, null);

		assertThat(ChainLink.hash(ChainLink.GENESIS, 1, a)).isNotEqualTo(ChainLink.hash(ChainLink.GENESIS, 1, b));
	}

	@Test
	void absentAndEmptyFieldsHashDifferently() {
		AuditEntry absent = new AuditEntry(1, entry.at(), "a", "ADMIN", null, "c", "t", AuditOutcome.SUCCESS, null, null, null);
		AuditEntry empty = new AuditEntry(1, entry.at(), "a", "ADMIN", "", "c", "t", AuditOutcome.SUCCESS, null, null, null);

		assertThat(ChainLink.hash(ChainLink.GENESIS, 1, absent)).isNotEqualTo(ChainLink.hash(ChainLink.GENESIS, 1, empty));
	}
}
