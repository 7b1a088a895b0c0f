package org.cityos.catalog.web;

import java.time.Instant;
import java.util.List;

import org.cityos.catalog.DataGrade;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.Resource;
import org.cityos.catalog.SharingMethod;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.jspecify.annotations.Nullable;

/** A catalog entry as the API shows it: enum names for programs, their Chinese labels for people. */
record ResourceView(String code, String classification, String name, String summary, String providerCode,
		@Nullable String providerName, Subject subject, String subjectLabel, int version, List<InformationItem> items,
		UpdateCycle updateCycle, String updateCycleLabel, SharingType sharingType, String sharingTypeLabel,
		@Nullable String sharingCondition, OpenType openType, String openTypeLabel, SharingMethod sharingMethod,
		String sharingMethodLabel, DataGrade grade, String gradeLabel, InvalidRowPolicy invalidRowPolicy,
		List<String> relatedResources, Instant publishedAt, Instant updatedAt) {

	static ResourceView of(Resource r, @Nullable String providerName) {
		return new ResourceView(r.code().value(), r.code().classification(), r.name(), r.summary(), r.providerCode(),
				providerName, r.subject(), r.subject().label(), r.version(), r.items(), r.updateCycle(),
				r.updateCycle().label(), r.sharingType(), r.sharingType().label(), r.sharingCondition(), r.openType(),
				r.openType().label(), r.sharingMethod(), r.sharingMethod().label(), r.grade(), r.grade().label(),
				r.invalidRowPolicy(), r.relatedResources(), r.publishedAt(), r.updatedAt());
	}
}
