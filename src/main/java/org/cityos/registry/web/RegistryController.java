package org.cityos.registry.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.ResourceCode;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.DiscrepancyState;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.ValueKind;
import org.cityos.registry.comparison.Discrepancies;
import org.cityos.registry.comparison.Discrepancies.Discrepancy;
import org.cityos.registry.comparison.GoldenRecords;
import org.cityos.registry.comparison.Normalisation;
import org.cityos.registry.comparison.RegistryAdministration;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.NotFoundException;
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

/** Base registries over HTTP: definitions, full comparisons, discrepancies, golden records. */
@RestController
@RequestMapping("/api/registry")
class RegistryController {

	private final RegistryDefinitions definitions;

	private final RegistryAdministration administration;

	private final Discrepancies discrepancies;

	private final GoldenRecords golden;

	private final RecordMasking masking;

	private final AuditLog audit;

	RegistryController(RegistryDefinitions definitions, RegistryAdministration administration, Discrepancies discrepancies,
			GoldenRecords golden, RecordMasking masking, AuditLog audit) {
		this.definitions = definitions;
		this.administration = administration;
		this.discrepancies = discrepancies;
		this.golden = golden;
		this.masking = masking;
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

	record GoldenRecordView(String registry, String key, List<Map<String, Object>> attributes) {
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
	PageResult<Discrepancy> discrepancies(@PathVariable String registry,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable DiscrepancyState state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal CityPrincipal caller) {
		definitions.require(registry);
		PageRequest request = new PageRequest(page, size);
		String scope = department;
		if (!caller.hasRole(Role.ADMIN)) {
			String own = caller.departmentCode();
			if (own == null || department != null && !department.equals(own)) {
				throw new AccessDeniedException("A steward sees the discrepancies of their own department only");
			}
			scope = own;
		}
		return discrepancies.page(registry, scope, state, request.page(), request.size());
	}

	@GetMapping("/{registry}/records/{key}")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
	GoldenRecordView record(@PathVariable String registry, @PathVariable String key) {
		RegistryDefinition definition = definitions.require(registry);
		String normalised = Objects.requireNonNullElse(Normalisation.normalise(key, ValueKind.CODE), "");
		List<GoldenRecords.GoldenValue> values = golden.of(registry, normalised);
		RecordMasking.Masks masks = masking.of(definition);
		String maskedKey = masks.mask(definition.keyAttribute(), normalised);
		audit.record("registry.record.read", registry + ":" + maskedKey,
				values.isEmpty() ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS, null);
		if (values.isEmpty()) {
			throw new NotFoundException("No golden record of '" + maskedKey + "' in registry " + registry);
		}
		return new GoldenRecordView(registry, maskedKey, values.stream().map(v -> Map.<String, Object>of(
				"attribute", v.attribute(), "value", masks.mask(v.attribute(), v.value()), "agreeingSources",
				v.agreeingSources(), "since", v.since())).toList());
	}
}
