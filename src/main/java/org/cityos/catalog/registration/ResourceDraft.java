package org.cityos.catalog.registration;

import java.util.List;

import org.cityos.catalog.DataGrade;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.SharingMethod;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.jspecify.annotations.Nullable;

/**
 * What a steward fills in to register or change a resource. On registration, either the
 * {@code code} or only its {@code classification} (the next serial is then assigned); on a
 * change both are ignored. The catalog rules are checked when it becomes a
 * {@link org.cityos.catalog.Resource}.
 */
public record ResourceDraft(@Nullable ResourceCode code, @Nullable String classification, String name,
		@Nullable String summary, String providerCode, Subject subject, List<InformationItem> items,
		UpdateCycle updateCycle, SharingType sharingType, @Nullable String sharingCondition, OpenType openType,
		SharingMethod sharingMethod, DataGrade grade, InvalidRowPolicy invalidRowPolicy, List<ResourceCode> relatedResources) {

	public ResourceDraft {
		items = List.copyOf(items);
		relatedResources = List.copyOf(relatedResources);
		name = name.trim();
		providerCode = providerCode.trim();
		sharingCondition = sharingCondition == null || sharingCondition.isBlank() ? null : sharingCondition.trim();
	}
}
