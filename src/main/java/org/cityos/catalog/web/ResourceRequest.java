package org.cityos.catalog.web;

import java.util.List;

import org.cityos.catalog.DataGrade;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Sensitivity;
import org.cityos.catalog.SharingMethod;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.cityos.catalog.registration.ResourceDraft;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/catalog/resources} (with {@code code}, or only
 * {@code classification} to get the next serial) and {@code PUT /api/catalog/resources/{code}}
 * (code from the path). {@code invalidRowPolicy} defaults to REJECT_BATCH.
 */
record ResourceRequest(@Nullable String code, @Nullable String classification,
		@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 4000) String summary,
		@NotBlank @Size(max = 32) String providerCode, @NotNull Subject subject,
		@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Item> items, @NotNull UpdateCycle updateCycle,
		@NotNull SharingType sharingType, @Nullable @Size(max = 2000) String sharingCondition, @NotNull OpenType openType,
		@NotNull SharingMethod sharingMethod, @NotNull DataGrade grade, @Nullable InvalidRowPolicy invalidRowPolicy,
		@Nullable @Size(max = 50) List<String> relatedResources) {

	/** 信息项: {@code required} and {@code key} default to false, identifier to NONE, sensitivity to INTERNAL. */
	record Item(@NotBlank @Size(max = 63) String name, @NotBlank @Size(max = 100) String label, @NotNull ItemType type,
			@Nullable Boolean required, @Nullable Boolean key, @Nullable IdentifierKind identifier,
			@Nullable Sensitivity sensitivity) {

		InformationItem toItem() {
			return new InformationItem(name.trim(), label.trim(), type, Boolean.TRUE.equals(required), Boolean.TRUE.equals(key),
					identifier, sensitivity);
		}
	}

	ResourceDraft toDraft() {
		return new ResourceDraft(code == null || code.isBlank() ? null : new ResourceCode(code),
				classification == null || classification.isBlank() ? null : classification.trim(), name, summary,
				providerCode, subject, items.stream().map(Item::toItem).toList(), updateCycle, sharingType, sharingCondition,
				openType, sharingMethod, grade, invalidRowPolicy == null ? InvalidRowPolicy.REJECT_BATCH : invalidRowPolicy,
				relatedResources == null ? List.of() : relatedResources.stream().map(ResourceCode::new).toList());
	}
}
