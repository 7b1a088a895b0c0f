package org.cityos.registry.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceRecords;
import org.cityos.catalog.Resources;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.cityos.registry.matching.Decision;
import org.cityos.registry.matching.MatchModel;
import org.cityos.registry.matching.MatchResult;
import org.cityos.registry.matching.MatchThresholds;
import org.cityos.registry.matching.PersonMatcher;
import org.cityos.registry.matching.PersonRecord;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Matches a source's records that lack the registry key (older records without an ID number)
 * against the registry's golden records: above the upper threshold a link is made, in the
 * uncertain band the pair goes to the review queue, below it the record stays unmatched. Re-running
 * replaces the automatic outcomes and keeps what stewards decided.
 */
@Service
public class KeylessMatching {

	private static final Logger log = LoggerFactory.getLogger(KeylessMatching.class);

	private final RegistryDefinitions definitions;

	private final Resources resources;

	private final ResourceRecords records;

	private final MatchReviews reviews;

	KeylessMatching(RegistryDefinitions definitions, Resources resources, ResourceRecords records, MatchReviews reviews) {
		this.definitions = definitions;
		this.resources = resources;
		this.records = records;
		this.reviews = reviews;
	}

	public record Summary(String registry, String source, int records, int linked, int queued, int unmatched) {

		@Override
		public String toString() {
			return "%s / %s: %d records without key, %d linked, %d to review, %d unmatched".formatted(registry, source,
					records, linked, queued, unmatched);
		}
	}

	/** The sources of the registry whose records can be matched: they carry name and birth date. */
	public List<ResourceCode> matchableSources(RegistryDefinition registry) {
		if (!isPersonRegistry(registry)) {
			return List.of();
		}
		return registry.keySources().stream().map(AttributeSource::resource)
			.filter(resource -> !resource.equals(registry.keyResource()) && resources.exists(resource))
			.filter(resource -> items(registry, resource).keySet().containsAll(Set.of("name", "birth_date")))
			.toList();
	}

	public Summary match(String registryName, ResourceCode source, @Nullable Job job) {
		RegistryDefinition registry = definitions.require(registryName);
		if (!matchableSources(registry).contains(source)) {
			throw InvalidInputException.ofField("source", "Registry " + registryName + " cannot match records of " + source
					+ ": it is not one of its sources carrying name and birth date " + matchableSources(registry));
		}
		Map<String, String> items = items(registry, source);
		String keyItem = registry.keySources().stream().filter(s -> s.resource().equals(source)).findFirst().orElseThrow()
			.keyItem();
		String referenceItem = resources.currentVersion(source).items().stream().filter(InformationItem::key)
			.map(InformationItem::name).findFirst().orElse(keyItem);
		String provider = resources.require(source).providerCode();
		step(job, "建立参照索引 / indexing the registry's people");
		PersonMatcher matcher = new PersonMatcher(reviews.goldenPeople(registryName, PersonFields.ATTRIBUTES.keySet()),
				MatchModel.defaults(), MatchThresholds.DEFAULT);
		Set<String> decided = reviews.decidedReferences(registryName, source.value());
		step(job, "匹配无身份证号记录 / matching records without ID number");
		List<MatchResult> results = new ArrayList<>();
		Map<String, Map<String, String>> recordsByReference = new HashMap<>();
		List<String> read = new ArrayList<>(items.values());
		read.add(referenceItem);
		records.forEachRecordWithout(source, keyItem, read.stream().distinct().toList(), row -> {
			Object reference = row.get(referenceItem);
			if (reference == null || decided.contains(reference.toString())) {
				return;
			}
			Map<String, String> values = new LinkedHashMap<>();
			items.forEach((attribute, item) -> Optional.ofNullable(row.get(item))
				.ifPresent(value -> values.put(attribute, value.toString())));
			PersonRecord person = PersonFields.person(reference.toString(), values);
			results.add(matcher.match(person));
			recordsByReference.put(reference.toString(), values);
			if (job != null) {
				job.advance(1);
			}
		});
		int linked = (int) results.stream().filter(r -> r.decision() == Decision.MATCH).count();
		int queued = (int) results.stream().filter(r -> r.decision() == Decision.REVIEW).count();
		reviews.replaceAutomatic(registryName, source.value(), provider, results, recordsByReference);
		Summary summary = new Summary(registryName, source.value(), results.size(), linked, queued,
				results.size() - linked - queued);
		log.info("Keyless matching {}", summary);
		return summary;
	}

	private static boolean isPersonRegistry(RegistryDefinition registry) {
		return registry.attribute("name").isPresent() && registry.attribute("birth_date").isPresent();
	}

	/** Attribute → the source's item holding it, for the matching fields. */
	private static Map<String, String> items(RegistryDefinition registry, ResourceCode source) {
		Map<String, String> items = new LinkedHashMap<>();
		for (String attribute : PersonFields.ATTRIBUTES.keySet()) {
			registry.attribute(attribute).map(RegistryAttribute::sources).orElse(List.of()).stream()
				.filter(s -> s.resource().equals(source)).findFirst().ifPresent(s -> items.put(attribute, s.item()));
		}
		return items;
	}

	private static void step(@Nullable Job job, String name) {
		if (job != null) {
			job.step(name, 0);
		}
	}
}
