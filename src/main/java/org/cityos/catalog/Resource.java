package org.cityos.catalog;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A catalog entry (信息资源): what a department provides, with the rule for each use (shared,
 * open, how, how often). The items belong to a numbered version: changing the items makes a new
 * version with its own data table; deliveries keep the version they were made against.
 * Invariants (checked on construction, per STANDARDS.md §2): a condition for 有条件共享 and
 * 不予共享; 不予共享 implies 不予开放; at least one item and one key item; item names unique.
 */
public record Resource(ResourceCode code, String name, String summary, String providerCode, Subject subject,
		int version, List<InformationItem> items, UpdateCycle updateCycle, SharingType sharingType,
		@Nullable String sharingCondition, OpenType openType, SharingMethod sharingMethod, DataGrade grade,
		InvalidRowPolicy invalidRowPolicy, List<String> relatedResources, Instant publishedAt, Instant updatedAt) {

	public Resource {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.ofField("name", "a resource needs a name");
		}
		if (sharingType.needsCondition() && (sharingCondition == null || sharingCondition.isBlank())) {
			throw InvalidInputException.ofField("sharingCondition", sharingType == SharingType.NOT_SHARED
					? "不予共享 must cite its legal basis" : "有条件共享 must state its condition");
		}
		if (sharingType == SharingType.NOT_SHARED && openType != OpenType.NOT_OPEN) {
			throw InvalidInputException.ofField("openType", "不予共享 resources cannot be open (不予共享 implies 不予开放)");
		}
		if (items == null || items.isEmpty()) {
			throw InvalidInputException.ofField("items", "a resource needs at least one information item");
		}
		if (items.stream().noneMatch(InformationItem::key)) {
			throw InvalidInputException.ofField("items", "at least one item must be a key (it identifies a record)");
		}
		Set<String> names = new HashSet<>();
		for (InformationItem item : items) {
			if (!names.add(item.name())) {
				throw InvalidInputException.ofField("items", "item name '" + item.name() + "' is used twice");
			}
		}
		if (openType == OpenType.UNCONDITIONAL
				&& items.stream().anyMatch(i -> i.sensitivity() == Sensitivity.SENSITIVE_PERSONAL)) {
			throw InvalidInputException.ofField("openType", "a resource with sensitive personal items cannot be open");
		}
		items = List.copyOf(items);
		relatedResources = relatedResources == null ? List.of() : List.copyOf(relatedResources);
		summary = summary == null ? "" : summary;
	}

	public List<InformationItem> keyItems() {
		return items.stream().filter(InformationItem::key).toList();
	}

	public Optional<InformationItem> item(String itemName) {
		return items.stream().filter(i -> i.name().equals(itemName)).findFirst();
	}
}
