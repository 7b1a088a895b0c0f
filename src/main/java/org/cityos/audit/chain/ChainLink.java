package org.cityos.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.cityos.audit.AuditEntry;

/**
 * The hash that links an entry to the one before it: SHA-256 over the previous hash, the
 * entry's place in the chain and every recorded field. Changing any field, or removing or
 * reordering a row, changes a hash the next link was computed from.
 */
final class ChainLink {

	/** The "previous hash" of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private ChainLink() {
	}

	static String hash(String previousHash, long seq, AuditEntry entry) {
		StringBuilder canonical = new StringBuilder(256)
			.append(previousHash).append('\n')
			.append(seq).append('\n')
			.append(entry.id()).append('\n')
			.append(entry.at().getEpochSecond()).append('.').append(entry.at().getNano()).append('\n');
		for (String field : new String[] { entry.actor(), entry.role(), entry.departmentCode(), entry.action(),
				entry.target(), entry.outcome().name(), entry.clientAddress(), entry.detail() }) {
			// Length-prefixed so that moving characters between fields changes the hash.
			canonical.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field).append('\n');
		}
		return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
