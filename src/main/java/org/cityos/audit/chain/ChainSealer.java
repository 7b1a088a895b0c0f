package org.cityos.audit.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cityos.audit.AuditEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives newly committed audit entries their place in the chain. Entries are sealed in the
 * order the sealer first sees them committed, which is why the chain has its own {@code seq}
 * rather than using ids (a transaction holding a smaller id may commit later). One sealer runs
 * at a time across all instances (a PostgreSQL advisory lock).
 */
@Component
public class ChainSealer {

	private static final long LOCK_KEY = 0x0A0D17L;

	private static final int BATCH = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transactions;

	ChainSealer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${cityos.audit.seal-interval:500ms}", initialDelayString = "1s")
	void sealPeriodically() {
		seal(false);
	}

	/**
	 * Seals everything committed so far, waiting for a sealer running elsewhere to finish first;
	 * answers how many entries this call sealed.
	 */
	public int sealAll() {
		return seal(true);
	}

	private int seal(boolean waitForLock) {
		int total = 0;
		int sealed;
		do {
			sealed = Objects.requireNonNull(transactions.execute(status -> sealBatch(waitForLock)));
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	private int sealBatch(boolean waitForLock) {
		if (waitForLock) {
			jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().listOfRows();
		}
		else if (!jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Boolean.class).single()) {
			return 0;
		}
		List<AuditEntry> unsealed = jdbc.sql("select " + AuditEntryRows.COLUMNS
				+ " from audit_entry where seq is null order by id limit " + BATCH)
			.query(new AuditEntryRows()).list();
		if (unsealed.isEmpty()) {
			return 0;
		}
		ChainHead head = jdbc.sql("select seq, entry_id, hash from audit_chain_head where id = 1")
			.query((rs, n) -> new ChainHead(rs.getLong("seq"), rs.getLong("entry_id"), rs.getString("hash")))
			.optional().orElse(ChainHead.EMPTY);
		List<Object[]> updates = new ArrayList<>(unsealed.size());
		long seq = head.seq();
		String previous = head.hash();
		for (AuditEntry entry : unsealed) {
			seq++;
			String hash = ChainLink.hash(previous, seq, entry);
			updates.add(new Object[] { seq, previous, hash, entry.id() });
			previous = hash;
		}
		jdbcTemplate.batchUpdate("update audit_entry set seq = ?, prev_hash = ?, hash = ? where id = ?", updates);
		jdbc.sql("""
				insert into audit_chain_head (id, seq, entry_id, hash) values (1, :seq, :entry, :hash)
				on conflict (id) do update set seq = excluded.seq, entry_id = excluded.entry_id, hash = excluded.hash
				""")
			.param("seq", seq).param("entry", unsealed.get(unsealed.size() - 1).id()).param("hash", previous)
			.update();
		return unsealed.size();
	}

	/** The newest sealed link. */
	record ChainHead(long seq, long entryId, String hash) {

		static final ChainHead EMPTY = new ChainHead(0, 0, ChainLink.GENESIS);
	}
}
