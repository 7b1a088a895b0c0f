package org.cityos.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One numbered state of a resource's information items, with the table that holds the data
 * delivered against it ({@code catalog_data_<code>_v<n>}: a column per item named
 * {@link InformationItem#name()}, typed {@link ItemType#columnType()}, plus the lineage columns
 * {@code _delivery_id}, {@code _received_at}, {@code _row}). A version never changes once
 * created; changing the items creates the next one.
 */
public record ResourceVersion(ResourceCode code, int version, List<InformationItem> items, String dataTable,
		Instant createdAt) {

	public ResourceVersion {
		items = List.copyOf(items);
	}

	public List<InformationItem> keyItems() {
		return items.stream().filter(InformationItem::key).toList();
	}
}
