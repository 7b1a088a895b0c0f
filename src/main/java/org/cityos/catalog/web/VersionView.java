package org.cityos.catalog.web;

import java.time.Instant;
import java.util.List;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ResourceVersion;

/** One version of a resource's items; {@code current} is the one deliveries are validated against. */
record VersionView(int version, List<InformationItem> items, Instant createdAt, boolean current) {

	static VersionView of(ResourceVersion version, int currentVersion) {
		return new VersionView(version.version(), version.items(), version.createdAt(), version.version() == currentVersion);
	}
}
