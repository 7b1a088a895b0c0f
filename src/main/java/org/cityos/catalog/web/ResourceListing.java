package org.cityos.catalog.web;

import java.time.Instant;

import org.cityos.catalog.DataGrade;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.cityos.catalog.registration.CatalogSearch;
import org.jspecify.annotations.Nullable;

/** One line of a catalog search. */
record ResourceListing(String code, String name, String summary, String providerCode, @Nullable String providerName,
		Subject subject, String subjectLabel, SharingType sharingType, String sharingTypeLabel, OpenType openType,
		String openTypeLabel, UpdateCycle updateCycle, String updateCycleLabel, DataGrade grade, String gradeLabel,
		int version, int itemCount, Instant updatedAt) {

	static ResourceListing of(CatalogSearch.Entry e, @Nullable String providerName) {
		return new ResourceListing(e.code(), e.name(), e.summary(), e.providerCode(), providerName, e.subject(),
				e.subject().label(), e.sharingType(), e.sharingType().label(), e.openType(), e.openType().label(),
				e.updateCycle(), e.updateCycle().label(), e.grade(), e.grade().label(), e.version(), e.itemCount(),
				e.updatedAt());
	}
}
