/**
 * The observation time series: validation before queueing, the one durable batched writer,
 * partitions, latest values, rollups and retention.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing.storage;
