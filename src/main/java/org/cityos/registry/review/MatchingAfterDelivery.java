package org.cityos.registry.review;

import org.cityos.catalog.BatchDelivered;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Matches a source's records without key again after it delivered, in the background, for each
 * registry that can match that source's records.
 */
@Component
class MatchingAfterDelivery {

	private final RegistryDefinitions definitions;

	private final KeylessMatching matching;

	MatchingAfterDelivery(RegistryDefinitions definitions, KeylessMatching matching) {
		this.definitions = definitions;
		this.matching = matching;
	}

	@ApplicationModuleListener
	void on(BatchDelivered delivery) {
		if (delivery.accepted() == 0) {
			return;
		}
		for (RegistryDefinition registry : definitions.all()) {
			if (matching.matchableSources(registry).contains(delivery.resourceCode())) {
				matching.match(registry.name(), delivery.resourceCode(), null);
			}
		}
	}
}
