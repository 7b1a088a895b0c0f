package org.cityos.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and revokes department systems' API tokens. A token is 32 random bytes, shown once
 * as {@code cty_<base64url>}; only its SHA-256 is kept, which is enough for tokens of this entropy
 * and keeps the per-request check cheap.
 */
@Service
public class TokenAdministration {

	public static final String TOKEN_PREFIX = "cty_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final Departments departments;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	TokenAdministration(ApiTokens tokens, Departments departments, AuditLog audit, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.departments = departments;
		this.audit = audit;
		this.events = events;
	}

	/** A token just issued: the only moment its secret exists outside the caller's hands. */
	public record IssuedToken(ApiToken token, String secret) {
	}

	/** Published when a token is revoked so that caches of verified tokens drop it at once. */
	public record TokenRevoked(UUID id) {
	}

	@Transactional
	public IssuedToken issue(String departmentCode, String name, int validDays, String issuedBy) {
		if (!departments.exists(departmentCode)) {
			throw InvalidInputException.ofField("departmentCode", "no department with code '" + departmentCode + "'");
		}
		if (validDays < 1 || validDays > 730) {
			throw InvalidInputException.ofField("validDays", "must be between 1 and 730 days");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		ApiToken token = new ApiToken(UUID.randomUUID(), name.trim(), departmentCode, secret.substring(0, 10), now,
				issuedBy, now.plus(Duration.ofDays(validDays)), null, null);
		tokens.insert(token, hash(secret));
		audit.record("directory.token.issued", token.id().toString(), AuditOutcome.SUCCESS,
				"department=" + departmentCode + " name=" + token.name() + " expires=" + token.expiresAt());
		return new IssuedToken(token, secret);
	}

	@Transactional
	public ApiToken revoke(UUID id, String revokedBy) {
		ApiToken token = tokens.find(id).orElseThrow(() -> new NotFoundException("No API token with id " + id));
		if (!tokens.revoke(id, revokedBy, Instant.now())) {
			throw new ConflictException("API token " + id + " was already revoked");
		}
		audit.record("directory.token.revoked", id.toString(), AuditOutcome.SUCCESS, "department=" + token.departmentCode());
		events.publishEvent(new TokenRevoked(id));
		return token;
	}

	public static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
