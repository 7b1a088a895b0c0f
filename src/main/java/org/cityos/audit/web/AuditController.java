package org.cityos.audit.web;

import java.time.Instant;

import org.cityos.audit.AuditEntry;
import org.cityos.audit.AuditOutcome;
import org.cityos.audit.ChainVerification;
import org.cityos.audit.chain.ChainVerifier;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's desk: browse and filter the log, and prove it is whole. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

	private final AuditEntries entries;

	private final ChainVerifier verifier;

	AuditController(AuditEntries entries, ChainVerifier verifier) {
		this.entries = entries;
		this.verifier = verifier;
	}

	@GetMapping("/entries")
	PageResult<AuditEntry> entries(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @Nullable AuditOutcome outcome,
			@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw InvalidInputException.ofField("to", "must be after 'from'");
		}
		var filter = new AuditEntries.Filter(blankToNull(actor), blankToNull(action), blankToNull(department),
				blankToNull(target), outcome, from, to);
		return entries.search(filter, new PageRequest(page, size));
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		return verifier.verify();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
