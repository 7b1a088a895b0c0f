package org.cityos.registry.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cityos.catalog.Resources;
import org.cityos.directory.Departments;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.DiscrepancyState;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.comparison.Discrepancies.Discrepancy;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a discrepancy is shown to whom. The big data bureau sees the values as they are (it
 * arbitrates; its reads are audited). The providing department sees its own record in full and
 * the authoritative value it must correct to (校核纠错); third departments' values are masked
 * as STANDARDS §1 says.
 */
@Component
class DiscrepancyViews {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RecordMasking masking;

	private final Resources resources;

	private final Departments departments;

	DiscrepancyViews(RecordMasking masking, Resources resources, Departments departments) {
		this.masking = masking;
		this.resources = resources;
		this.departments = departments;
	}

	/** One discrepancy as shown: {@code sourceValues} maps each source's resource code to its value. */
	record DiscrepancyView(UUID id, String registry, String key, String attribute, String attributeLabel,
			DiscrepancyKind kind, String source, String sourceName, String providerCode, String providerName,
			Map<String, String> sourceValues, Map<String, String> sourceNames, @Nullable String authoritativeValue,
			DiscrepancyState state, Instant foundAt, Instant dueAt, @Nullable Instant closedAt, @Nullable String evidence,
			@Nullable String resolution, @Nullable Instant answeredAt, boolean overdue) {
	}

	/** The views of one registry for one caller. */
	final class Viewer {

		private final RegistryDefinition registry;

		private final RecordMasking.Masks masks;

		private final Disclosure disclosure;

		private final Map<String, String> departmentNames = departments.names();

		private final Map<String, String> resourceNames;

		Viewer(RegistryDefinition registry, Disclosure disclosure) {
			this.registry = registry;
			this.masks = masking.of(registry);
			this.disclosure = disclosure;
			this.resourceNames = resources.names(registry.keySources().stream().map(s -> s.resource().value()).toList());
		}

		DiscrepancyView view(Discrepancy d) {
			String authority = authoritySource(d.attribute());
			Map<String, String> values = new LinkedHashMap<>();
			Map<String, String> names = new LinkedHashMap<>();
			JsonNode parsed = JSON.readTree(d.sourceValues());
			for (Map.Entry<String, JsonNode> entry : parsed.properties()) {
				String source = entry.getKey();
				String value = entry.getValue().asString();
				boolean shown = disclosure == Disclosure.BUREAU
						|| disclosure == Disclosure.PROVIDER && (source.equals(d.source()) || source.equals(authority));
				values.put(source, shown ? value : value.equals(d.key()) ? masks.mask(registry.keyAttribute(), value)
						: masks.mask(d.attribute(), value));
				names.put(source, resourceNames.getOrDefault(source, source));
			}
			String label = d.attribute().equals(registry.keyAttribute()) ? registry.keyLabel()
					: registry.attribute(d.attribute()).map(RegistryAttribute::label).orElse(d.attribute());
			boolean masked = disclosure == Disclosure.MASKED;
			String key = masked ? masks.mask(registry.keyAttribute(), d.key()) : d.key();
			String authoritative = masked && d.authoritativeValue() != null
					? masks.mask(d.attribute(), d.authoritativeValue()) : d.authoritativeValue();
			return new DiscrepancyView(d.id(), d.registry(), key, d.attribute(), label, d.kind(), d.source(),
					resourceNames.getOrDefault(d.source(), d.source()), d.providerCode(),
					departmentNames.getOrDefault(d.providerCode(), d.providerCode()), values, names, authoritative,
					d.state(), d.foundAt(), d.dueAt(), d.closedAt(), d.evidence(), d.resolution(), d.answeredAt(),
					d.overdue());
		}

		private @Nullable String authoritySource(String attribute) {
			if (attribute.equals(registry.keyAttribute())) {
				return registry.keyResource().value();
			}
			return registry.attribute(attribute).map(RegistryAttribute::authority).map(AttributeSource::resource)
				.map(r -> r.value()).orElse(null);
		}
	}

	/** How much of the values a viewer sees. */
	enum Disclosure {
		/** The big data bureau on its desk: everything. */
		BUREAU,
		/** The providing department: its own value and the authoritative one; others masked. */
		PROVIDER,
		/** Everything personal masked (a golden record page). */
		MASKED
	}

	/** The desk's views for a caller: the bureau's or the providing department's. */
	Viewer of(RegistryDefinition registry, CityPrincipal caller) {
		return new Viewer(registry, caller.hasRole(Role.ADMIN) ? Disclosure.BUREAU : Disclosure.PROVIDER);
	}

	Viewer masked(RegistryDefinition registry) {
		return new Viewer(registry, Disclosure.MASKED);
	}
}
