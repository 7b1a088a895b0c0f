package org.cityos.audit.chain;

import java.util.Objects;

import org.cityos.audit.AuditEntry;
import org.cityos.audit.ChainVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the whole chain in order and recomputes every hash. Streams with a cursor, so memory
 * does not grow with the log.
 */
@Component
public class ChainVerifier {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	ChainVerifier(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
		this.jdbc.setFetchSize(5_000);
		this.transactions = transactions;
	}

	public ChainVerification verify() {
		return Objects.requireNonNull(transactions.execute(status -> walk()));
	}

	private ChainVerification walk() {
		var rows = new AuditEntryRows();
		var state = new Object() {
			long expectedSeq = 1;
			String previous = ChainLink.GENESIS;
			long checked;
			Long firstBroken;
		};
		jdbc.query("select " + AuditEntryRows.COLUMNS + ", prev_hash, hash from audit_entry where seq is not null order by seq",
				rs -> {
					if (state.firstBroken != null) {
						return;
					}
					AuditEntry entry = rows.mapRow(rs, 0);
					long seq = Objects.requireNonNull(entry.seq());
					String recomputed = ChainLink.hash(state.previous, seq, entry);
					if (seq != state.expectedSeq || !state.previous.equals(rs.getString("prev_hash"))
							|| !recomputed.equals(rs.getString("hash"))) {
						state.firstBroken = entry.id();
						return;
					}
					state.previous = recomputed;
					state.expectedSeq++;
					state.checked++;
				});
		if (state.firstBroken == null) {
			// Entries removed from the end leave the head pointing past the last row.
			var head = jdbc.query("select seq, entry_id, hash from audit_chain_head where id = 1",
					(rs, n) -> new ChainSealer.ChainHead(rs.getLong("seq"), rs.getLong("entry_id"), rs.getString("hash")));
			if (!head.isEmpty() && (head.get(0).seq() != state.checked || !head.get(0).hash().equals(state.previous))) {
				state.firstBroken = head.get(0).entryId();
			}
		}
		Long pending = jdbc.queryForObject("select count(*) from audit_entry where seq is null", Long.class);
		return new ChainVerification(state.firstBroken == null, state.checked, state.firstBroken,
				pending == null ? 0 : pending);
	}
}
