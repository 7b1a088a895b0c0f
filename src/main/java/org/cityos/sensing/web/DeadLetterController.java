package org.cityos.sensing.web;

import org.cityos.sensing.storage.DeadLetters;
import org.cityos.sensing.storage.DeadLetters.DeadLetter;
import org.cityos.shared.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What MQTT ingestion refused and why, newest first, for the admin. */
@RestController
class DeadLetterController {

	private final DeadLetters deadLetters;

	DeadLetterController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping("/api/sensing/dead-letters")
	@PreAuthorize("hasRole('ADMIN')")
	PageResult<DeadLetter> deadLetters(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return deadLetters.page(Math.max(0, page), Math.min(Math.max(1, size), 500));
	}
}
