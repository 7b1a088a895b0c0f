package org.cityos.catalog.exchange;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of a resource's records as the exchange answers it. {@code items} are the columns
 * returned (in the resource's order); {@code masked} the personal items among them whose values
 * are masked. {@code totalElements} is only there when asked for ({@code count=true}):
 * counting a large table costs more than the page.
 */
public record RecordPage(String resourceCode, int version, List<Map<String, @Nullable Object>> content, int page,
		int size, boolean hasMore, @Nullable Long totalElements, List<String> items, List<String> masked) {
}
