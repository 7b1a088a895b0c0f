package org.cityos.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone read a resource's data: a consumer department through the exchange (a page or an
 * export), or the public through open data ({@code consumerCode} null). The scorecard counts
 * the use of each provider's resources from it.
 */
public record DataRead(ResourceCode resourceCode, String providerCode, @Nullable String consumerCode, Channel channel,
		long rows, Instant at) {

	public enum Channel {
		/** A page of records through {@code /api/exchange/{code}/records}. */
		EXCHANGE_READ,
		/** A streamed bulk export. */
		EXCHANGE_EXPORT,
		/** Anonymous open data ({@code /open/...}). */
		OPEN_DATA
	}
}
