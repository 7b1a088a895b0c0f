package org.cityos.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.audit.chain.ChainSealer;
import org.cityos.audit.chain.ChainVerifier;
import org.cityos.support.ApiClient;
import org.cityos.support.CityOsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@CityOsIntegrationTest
class AuditIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	@Autowired
	ChainSealer sealer;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sealedChainVerifiesAsWhole() {
		audit.record(AuditActor.system("test"), "test.chain", "whole", AuditOutcome.SUCCESS, "first");
		audit.record(AuditActor.system("test"), "test.chain", "whole", AuditOutcome.SUCCESS, "second");
		sealer.sealAll();

		ChainVerification verification = verifier.verify();

		assertThat(verification.valid()).isTrue();
		assertThat(verification.checked()).isGreaterThanOrEqualTo(2);
		assertThat(verification.firstBrokenId()).isNull();
	}

	/** Runs in a transaction that is rolled back, so the tampering does not outlive the test. */
	@Test
	@Transactional
	void rowChangedBySqlIsFound() {
		audit.record(AuditActor.system("test"), "test.tamper", "victim", AuditOutcome.SUCCESS, "original");
		sealer.sealAll();
		long id = jdbc.sql("select max(id) from audit_entry where action = 'test.tamper'").query(Long.class).single();
		bypassAppendOnlyTriggers();
		jdbc.sql("update audit_entry set detail = 'forged' where id = :id").param("id", id).update();

		ChainVerification verification = verifier.verify();

		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstBrokenId()).isEqualTo(id);
	}

	@Test
	@Transactional
	void rowDeletedBySqlIsFound() {
		audit.record(AuditActor.system("test"), "test.delete", "a", AuditOutcome.SUCCESS, null);
		audit.record(AuditActor.system("test"), "test.delete", "b", AuditOutcome.SUCCESS, null);
		audit.record(AuditActor.system("test"), "test.delete", "c", AuditOutcome.SUCCESS, null);
		sealer.sealAll();
		long middle = jdbc.sql("select id from audit_entry where action = 'test.delete' and target = 'b'").query(Long.class).single();
		long next = jdbc.sql("select id from audit_entry where action = 'test.delete' and target = 'c'").query(Long.class).single();
		bypassAppendOnlyTriggers();
		jdbc.sql("delete from audit_entry where id = :id").param("id", middle).update();

		assertThat(verifier.verify().firstBrokenId()).isEqualTo(next);
	}

	@Test
	@Transactional
	void deletedTailIsFound() {
		audit.record(AuditActor.system("test"), "test.tail", "last", AuditOutcome.SUCCESS, null);
		sealer.sealAll();
		long last = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
		bypassAppendOnlyTriggers();
		jdbc.sql("delete from audit_entry where id = :id").param("id", last).update();

		ChainVerification verification = verifier.verify();

		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstBrokenId()).isEqualTo(last);
	}

	@Test
	void databaseRefusesUpdatesAndDeletesOfEntries() {
		audit.record(AuditActor.system("test"), "test.guard", "row", AuditOutcome.SUCCESS, null);
		sealer.sealAll();

		assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'x' where action = 'test.guard'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where action = 'test.guard'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void loginsAndFailedLoginsAreAuditedAndAuditorsCanFilterThem() {
		ApiClient.anonymous(port).login("auditor", "wrong-password");
		ApiClient auditor = ApiClient.loggedIn(port, "auditor");
		sealer.sealAll();

		var failures = auditor.get("/api/audit/entries?action=auth.login&actor=auditor&outcome=FAILURE").json();
		var successes = auditor.get("/api/audit/entries?action=auth.login&actor=auditor&outcome=SUCCESS").json();

		assertThat(failures.get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(failures.get("content").get(0).get("clientAddress").asString()).isNotBlank();
		assertThat(successes.get("content").get(0).get("role").asString()).isEqualTo("AUDITOR");
		assertThat(auditor.get("/api/audit/verify").json().get("valid").asBoolean()).isTrue();
	}

	@Test
	void onlyAuditorsReadTheLog() {
		assertThat(ApiClient.loggedIn(port, "admin").get("/api/audit/entries").status()).isEqualTo(403);
		assertThat(ApiClient.loggedIn(port, "leader").get("/api/audit/verify").status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get("/api/audit/verify").status()).isEqualTo(401);
	}

	@Test
	void badFiltersAreRefusedWithProblems() {
		ApiClient auditor = ApiClient.loggedIn(port, "auditor");

		var badOutcome = auditor.get("/api/audit/entries?outcome=MAYBE");
		var badDate = auditor.get("/api/audit/entries?from=yesterday");
		var reversed = auditor.get("/api/audit/entries?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
		var hugePage = auditor.get("/api/audit/entries?size=100000");

		assertThat(badOutcome.status()).isEqualTo(400);
		assertThat(badOutcome.isProblem()).isTrue();
		assertThat(badOutcome.json().get("detail").asString()).contains("outcome");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(hugePage.status()).isEqualTo(400);
	}

	private void bypassAppendOnlyTriggers() {
		// What an attacker with superuser SQL access can do: switch off the triggers for the session.
		jdbc.sql("set local session_replication_role = replica").update();
	}
}
