package org.cityos.catalog;

import java.time.Instant;

/** A department registered a resource in the catalog (its version 1 and data table exist). */
public record ResourceRegistered(ResourceCode code, String name, String providerCode, Subject subject,
		SharingType sharingType, OpenType openType, Instant registeredAt) {
}
