package org.cityos.registry.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.Resources;
import org.cityos.directory.Departments;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.ValueKind;
import org.cityos.registry.comparison.Discrepancies;
import org.cityos.registry.comparison.GoldenRecords;
import org.cityos.registry.comparison.Normalisation;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.cityos.registry.review.MatchReviews;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person or company by key: the golden values with their provenance, what each source holds,
 * the open discrepancies and the history of changed values. City-wide roles see any record; a
 * steward sees the records its department provides (others are "not found", so existence does
 * not leak). Personal values masked per STANDARDS §1; every lookup audited.
 */
@RestController
class GoldenRecordController {

	private final RegistryDefinitions definitions;

	private final GoldenRecords golden;

	private final Discrepancies discrepancies;

	private final RecordMasking masking;

	private final DiscrepancyViews discrepancyViews;

	private final Resources resources;

	private final Departments departments;

	private final MatchReviews links;

	private final AuditLog audit;

	GoldenRecordController(RegistryDefinitions definitions, GoldenRecords golden, Discrepancies discrepancies,
			RecordMasking masking, DiscrepancyViews discrepancyViews, Resources resources, Departments departments,
			MatchReviews links, AuditLog audit) {
		this.links = links;
		this.definitions = definitions;
		this.golden = golden;
		this.discrepancies = discrepancies;
		this.masking = masking;
		this.discrepancyViews = discrepancyViews;
		this.resources = resources;
		this.departments = departments;
		this.audit = audit;
	}

	record Source(String code, String name, String providerCode, String providerName) {
	}

	record AttributeView(String attribute, String label, String value, List<Source> agreeingSources, Instant since) {
	}

	record SourceValueView(String attribute, Source source, boolean authoritative, String value, boolean agrees,
			Instant deliveredAt) {
	}

	record ChangeView(String attribute, String oldValue, @Nullable String newValue, Instant changedAt) {
	}

	record GoldenRecordView(String registry, String registryLabel, String key, List<AttributeView> attributes,
			List<SourceValueView> sources, List<DiscrepancyViews.DiscrepancyView> discrepancies, List<ChangeView> history,
			List<LinkView> linkedRecords) {
	}

	/** A record without ID number that matching linked to this key. */
	record LinkView(Source source, String reference, double weight, String decidedBy, Instant decidedAt) {
	}

	@GetMapping("/api/registry/{registry}/records/{key}")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STEWARD')")
	GoldenRecordView record(@PathVariable String registry, @PathVariable String key,
			@AuthenticationPrincipal CityPrincipal caller) {
		RegistryDefinition definition = definitions.require(registry);
		String normalised = Objects.requireNonNullElse(Normalisation.normalise(key, ValueKind.CODE), "");
		RecordMasking.Masks masks = masking.of(definition);
		String maskedKey = masks.mask(definition.keyAttribute(), normalised);
		List<GoldenRecords.GoldenValue> values = golden.of(registry, normalised);
		boolean cityWide = caller.hasRole(Role.ADMIN) || caller.hasRole(Role.LEADER);
		boolean visible = !values.isEmpty() && (cityWide
				|| caller.departmentCode() != null && golden.providedBy(registry, normalised, caller.departmentCode()));
		audit.record("registry.record.read", registry + ":" + maskedKey,
				visible ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, null);
		if (!visible) {
			throw new NotFoundException("No golden record of '" + maskedKey + "' in registry " + registry
					+ " that you may see");
		}
		Map<String, String> departmentNames = departments.names();
		Map<String, String> resourceNames = resources
			.names(definition.keySources().stream().map(s -> s.resource().value()).toList());
		Map<String, GoldenRecords.GoldenValue> byAttribute = new HashMap<>();
		values.forEach(v -> byAttribute.put(v.attribute(), v));
		List<GoldenRecords.SourceValue> held = golden.sourcesOf(registry, normalised);
		Map<String, String> providers = new HashMap<>();
		held.forEach(s -> providers.put(s.source(), s.providerCode()));
		Function<String, Source> source = code -> new Source(code, resourceNames.getOrDefault(code, code),
				providers.getOrDefault(code, ""), departmentNames.getOrDefault(providers.getOrDefault(code, ""), ""));
		List<AttributeView> attributes = values.stream().map(v -> new AttributeView(v.attribute(),
				label(definition, v.attribute()), masks.mask(v.attribute(), v.value()),
				v.agreeingSources().stream().map(source).toList(), v.since())).toList();
		List<SourceValueView> sources = held.stream().map(s -> {
			GoldenRecords.GoldenValue goldenValue = byAttribute.get(s.attribute());
			String normalisedValue = Normalisation.normalise(s.value(), kind(definition, s.attribute()));
			boolean agrees = goldenValue != null && goldenValue.value().equals(normalisedValue);
			return new SourceValueView(s.attribute(), source.apply(s.source()), s.authoritative(),
					masks.mask(s.attribute(), s.value()), agrees, s.deliveredAt());
		}).toList();
		DiscrepancyViews.Viewer viewer = discrepancyViews.masked(definition);
		List<DiscrepancyViews.DiscrepancyView> open = discrepancies.liveOf(registry, normalised).stream()
			.map(viewer::view).toList();
		List<ChangeView> history = golden.historyOf(registry, normalised).stream()
			.map(c -> new ChangeView(c.attribute(), masks.mask(c.attribute(), c.oldValue()),
					c.newValue() == null ? null : masks.mask(c.attribute(), c.newValue()), c.changedAt()))
			.toList();
		List<LinkView> linked = links.linksOf(registry, normalised).stream()
			.map(l -> new LinkView(source.apply(l.source()), l.reference(), l.weight(), l.decidedBy(), l.decidedAt()))
			.toList();
		return new GoldenRecordView(registry, definition.label(), maskedKey, attributes, sources, open, history, linked);
	}

	private static String label(RegistryDefinition definition, String attribute) {
		return attribute.equals(definition.keyAttribute()) ? definition.keyLabel()
				: definition.attribute(attribute).map(RegistryAttribute::label).orElse(attribute);
	}

	private static ValueKind kind(RegistryDefinition definition, String attribute) {
		return attribute.equals(definition.keyAttribute()) ? ValueKind.CODE
				: definition.attribute(attribute).map(RegistryAttribute::kind).orElse(ValueKind.TEXT);
	}
}
