package org.cityos.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One numbered version of a resource's items and the table that holds its data
 * ({@code catalog_data_...}, one column per item named as the item).
 */
public record ResourceVersion(ResourceCode code, int version, List<InformationItem> items, String dataTable,
		Instant createdAt) {
}
