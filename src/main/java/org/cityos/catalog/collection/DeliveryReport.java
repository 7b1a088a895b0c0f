package org.cityos.catalog.collection;

import java.time.Instant;
import java.util.UUID;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InvalidRowPolicy;
import org.jspecify.annotations.Nullable;

/**
 * 归集报告: what became of a delivered batch. {@code received} rows were read (so far, while
 * RUNNING), {@code accepted} are stored, {@code rejected} rows had problems (listed separately),
 * {@code deleted} rows were removed by an incremental delivery's deletions. {@code message}
 * explains a refused or failed batch; {@code problemStatus} is the HTTP status it was refused with.
 */
public record DeliveryReport(UUID id, String resourceCode, int version, String batchId, DeliveryMode mode,
		String providerCode, String deliveredBy, String format, @Nullable String charset, InvalidRowPolicy policy,
		DeliveryState state, long received, long accepted, long rejected, long deleted, long bytes,
		@Nullable String message, @Nullable Integer problemStatus, Instant startedAt, @Nullable Instant finishedAt) {
}
