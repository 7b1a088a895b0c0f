package org.cityos.catalog;

import java.time.Instant;

/**
 * A resource's catalog entry was changed (sharing rules, cycle, names...). When its items
 * changed too, {@link ResourceVersionCreated} follows for the new {@code version}.
 */
public record ResourceChanged(ResourceCode code, int version, SharingType sharingType, OpenType openType,
		Instant changedAt) {
}
