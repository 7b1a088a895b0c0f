package org.cityos.registry.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.registry.comparison.Discrepancies.Step;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.cityos.registry.desk.DiscrepancyDesk;
import org.cityos.registry.desk.DiscrepancyDesk.Detail;
import org.cityos.shared.CityPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 校核纠错 over HTTP: one discrepancy with its steps; the providing department's confirm and
 * dispute; the bureau's arbitration.
 */
@RestController
@RequestMapping("/api/registry/{registry}/discrepancies/{id}")
class DiscrepancyController {

	private final DiscrepancyDesk desk;

	private final DiscrepancyViews views;

	private final RegistryDefinitions definitions;

	private final AuditLog audit;

	DiscrepancyController(DiscrepancyDesk desk, DiscrepancyViews views, RegistryDefinitions definitions, AuditLog audit) {
		this.desk = desk;
		this.views = views;
		this.definitions = definitions;
		this.audit = audit;
	}

	record DetailView(DiscrepancyViews.DiscrepancyView discrepancy, List<Step> steps) {
	}

	record Confirmation(@Nullable String note) {
	}

	record Dispute(@Nullable String evidence, @Nullable String note) {
	}

	record Arbitration(@NotNull Boolean providerCorrect, @Nullable String reason) {
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	DetailView detail(@PathVariable String registry, @PathVariable UUID id, @AuthenticationPrincipal CityPrincipal caller) {
		DetailView view = view(registry, desk.detail(registry, id, caller), caller);
		audit.record("registry.discrepancy.read", registry + ":" + id, AuditOutcome.SUCCESS, null);
		return view;
	}

	@PostMapping("/confirm")
	@PreAuthorize("hasAnyRole('STEWARD', 'SYSTEM')")
	DetailView confirm(@PathVariable String registry, @PathVariable UUID id, @RequestBody Confirmation body,
			@AuthenticationPrincipal CityPrincipal caller) {
		return view(registry, desk.confirm(registry, id, body.note(), caller), caller);
	}

	@PostMapping("/dispute")
	@PreAuthorize("hasAnyRole('STEWARD', 'SYSTEM')")
	DetailView dispute(@PathVariable String registry, @PathVariable UUID id, @RequestBody Dispute body,
			@AuthenticationPrincipal CityPrincipal caller) {
		return view(registry, desk.dispute(registry, id, body.evidence(), body.note(), caller), caller);
	}

	@PostMapping("/arbitrate")
	@PreAuthorize("hasRole('ADMIN')")
	DetailView arbitrate(@PathVariable String registry, @PathVariable UUID id, @Validated @RequestBody Arbitration body,
			@AuthenticationPrincipal CityPrincipal caller) {
		return view(registry, desk.arbitrate(registry, id, body.providerCorrect(), body.reason(), caller), caller);
	}

	private DetailView view(String registry, Detail detail, CityPrincipal caller) {
		return new DetailView(views.of(definitions.require(registry), caller).view(detail.discrepancy()), detail.steps());
	}
}
