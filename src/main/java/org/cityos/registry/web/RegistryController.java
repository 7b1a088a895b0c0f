package org.cityos.registry.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.ResourceCode;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.DiscrepancyState;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.ValueKind;
import org.cityos.registry.comparison.Discrepancies;
import org.cityos.registry.comparison.Discrepancies.Counts;
import org.cityos.registry.comparison.Discrepancies.Discrepancy;
import org.cityos.registry.comparison.Discrepancies.Filter;
import org.cityos.registry.comparison.Normalisation;
import org.cityos.registry.comparison.RegistryAdministration;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

/** Base registries over HTTP: definitions, full comparisons, discrepancy lists. */
@RestController
@RequestMapping("/api/registry")
class RegistryController {

	private final RegistryDefinitions definitions;

	private final RegistryAdministration administration;

	private final Discrepancies discrepancies;

	private final DiscrepancyViews discrepancyViews;

	private final AuditLog audit;

	RegistryController(RegistryDefinitions definitions, RegistryAdministration administration, Discrepancies discrepancies,
			DiscrepancyViews discrepancyViews, AuditLog audit) {
		this.definitions = definitions;
		this.administration = administration;
		this.discrepancies = discrepancies;
		this.discrepancyViews = discrepancyViews;
		this.audit = audit;
	}

	record SourceRequest(@NotBlank String resource, @NotBlank String keyItem, @NotBlank String item, boolean authoritative) {
	}

	record AttributeRequest(@NotBlank String name, @NotBlank String label, @NotNull ValueKind kind,
			@NotEmpty List<@Valid SourceRequest> sources) {
	}

	record DefinitionRequest(@NotBlank String name, @NotBlank String label, @NotBlank String keyAttribute,
			@NotBlank String keyLabel, @NotBlank String keyResource, @NotBlank String keyItem,
			@Nullable String deathAttribute, @NotEmpty List<@Valid AttributeRequest> attributes) {

		RegistryDefinition definition() {
			return new RegistryDefinition(name, label, keyAttribute, keyLabel, new ResourceCode(keyResource), keyItem,
					deathAttribute == null || deathAttribute.isBlank() ? null : deathAttribute,
					attributes.stream().map(a -> new RegistryAttribute(a.name(), a.label(), a.kind(), a.sources().stream()
						.map(s -> new AttributeSource(new ResourceCode(s.resource()), s.keyItem(), s.item(), s.authoritative()))
						.toList())).toList());
		}
	}

	record ComparisonStarted(String registry, String job) {
	}

	@GetMapping("/definitions")
	@PreAuthorize("isAuthenticated()")
	List<RegistryDefinition> definitions() {
		return definitions.all();
	}

	@PostMapping("/definitions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	RegistryDefinition define(@Valid @RequestBody DefinitionRequest request) {
		return administration.define(request.definition());
	}

	@PostMapping("/{registry}/comparisons")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasRole('ADMIN')")
	ComparisonStarted compare(@PathVariable String registry) {
		return new ComparisonStarted(registry, administration.startFullComparison(registry));
	}

	@GetMapping("/{registry}/discrepancies")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	PageResult<DiscrepancyViews.DiscrepancyView> discrepancies(@PathVariable String registry,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable DiscrepancyState state,
			@RequestParam(required = false) @Nullable DiscrepancyKind kind,
			@RequestParam(required = false) @Nullable String key, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal CityPrincipal caller) {
		RegistryDefinition definition = definitions.require(registry);
		PageRequest request = new PageRequest(page, size);
		String scope = scope(department, caller);
		String normalisedKey = key == null || key.isBlank() ? null : Normalisation.normalise(key, ValueKind.CODE);
		PageResult<Discrepancy> found = discrepancies.page(registry,
				new Filter(scope, state, kind, normalisedKey, overdue), request.page(), request.size());
		audit.record("registry.discrepancies.read", registry + (scope == null ? "" : ":" + scope), AuditOutcome.SUCCESS,
				found.totalElements() + " found");
		DiscrepancyViews.Viewer views = discrepancyViews.of(definition, caller);
		return found.map(views::view);
	}

	@GetMapping("/{registry}/discrepancies/counts")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	Counts counts(@PathVariable String registry, @RequestParam(required = false) @Nullable String department,
			@AuthenticationPrincipal CityPrincipal caller) {
		definitions.require(registry);
		return discrepancies.counts(registry, scope(department, caller));
	}

	/** The bureau sees any department's discrepancies; a steward only its own. */
	private static @Nullable String scope(@Nullable String department, CityPrincipal caller) {
		if (caller.hasRole(Role.ADMIN)) {
			return department == null || department.isBlank() ? null : department;
		}
		String own = caller.departmentCode();
		if (own == null || department != null && !department.isBlank() && !department.equals(own)) {
			throw new AccessDeniedException("A steward sees the discrepancies of their own department only");
		}
		return own;
	}
}
