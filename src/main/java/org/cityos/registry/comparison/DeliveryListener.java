package org.cityos.registry.comparison;

import org.cityos.catalog.BatchDelivered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Compares again what a delivery changed, after the delivery committed, in the background;
 * the event publication registry keeps the event until the comparison succeeded.
 */
@Component
class DeliveryListener {

	private final Comparisons comparisons;

	DeliveryListener(Comparisons comparisons) {
		this.comparisons = comparisons;
	}

	@ApplicationModuleListener
	void on(BatchDelivered delivery) {
		comparisons.compareDelivery(delivery);
	}
}
