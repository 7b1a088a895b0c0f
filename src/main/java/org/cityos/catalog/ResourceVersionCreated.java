package org.cityos.catalog;

import java.time.Instant;

/**
 * A resource got a new version of its items and an empty data table for it; from now on
 * deliveries are validated against it, and the resource's current data is that table.
 */
public record ResourceVersionCreated(ResourceCode code, int version, String dataTable, Instant createdAt) {
}
