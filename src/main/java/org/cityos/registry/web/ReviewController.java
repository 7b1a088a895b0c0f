package org.cityos.registry.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.cityos.catalog.ResourceCode;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.cityos.registry.review.MatchReviews.Review;
import org.cityos.registry.review.ReviewDesk;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 人工核查 over HTTP: the queue of uncertain matches, decisions, and matching runs. The providing
 * department sees its own record in full; the candidate's ID number is masked for it (the bureau
 * sees it whole).
 */
@RestController
@RequestMapping("/api/registry/{registry}")
class ReviewController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReviewDesk desk;

	private final RegistryDefinitions definitions;

	private final RecordMasking masking;

	ReviewController(ReviewDesk desk, RegistryDefinitions definitions, RecordMasking masking) {
		this.desk = desk;
		this.definitions = definitions;
		this.masking = masking;
	}

	record ReviewView(UUID id, String source, String providerCode, String reference, JsonNode record,
			String candidateKey, double weight, JsonNode agreements, String state, Instant queuedAt,
			@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String note) {
	}

	record Decision(@NotNull Boolean accept, @Nullable String note) {
	}

	record MatchingRequest(@NotBlank String source) {
	}

	record MatchingStarted(String registry, String job) {
	}

	@GetMapping("/reviews")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	PageResult<ReviewView> queue(@PathVariable String registry, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String department, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal CityPrincipal caller) {
		PageRequest request = new PageRequest(page, size);
		PageResult<Review> found = desk.queue(registry, department, state, request.page(), request.size(), caller);
		RegistryDefinition definition = definitions.require(registry);
		return found.map(r -> view(definition, r, caller));
	}

	@PostMapping("/reviews/{id}/decide")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	ReviewView decide(@PathVariable String registry, @PathVariable UUID id, @Valid @RequestBody Decision decision,
			@AuthenticationPrincipal CityPrincipal caller) {
		return view(definitions.require(registry), desk.decide(registry, id, decision.accept(), decision.note(), caller),
				caller);
	}

	@PostMapping("/matching")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasRole('ADMIN')")
	MatchingStarted match(@PathVariable String registry, @Valid @RequestBody MatchingRequest request) {
		return new MatchingStarted(registry, desk.startMatching(registry, new ResourceCode(request.source())));
	}

	private ReviewView view(RegistryDefinition definition, Review r, CityPrincipal caller) {
		String candidate = caller.hasRole(Role.ADMIN) ? r.candidateKey()
				: masking.of(definition).mask(definition.keyAttribute(), r.candidateKey());
		return new ReviewView(r.id(), r.source(), r.providerCode(), r.reference(), JSON.readTree(r.record()), candidate,
				r.weight(), JSON.readTree(r.agreements()), r.state(), r.queuedAt(), r.decidedBy(), r.decidedAt(), r.note());
	}
}
