package org.cityos.cases;

import org.jspecify.annotations.Nullable;

/**
 * Where a case is: the point (WGS-84), the address as given, and the grid, community, street and
 * district the city map placed the point in. A consultation may have no point.
 */
public record CasePlace(@Nullable Double lon, @Nullable Double lat, @Nullable String address,
		@Nullable Division grid, @Nullable Division community, @Nullable Division street,
		@Nullable Division district) {

	/** A division by code and name, as the case keeps it. */
	public record Division(String code, String name) {
	}
}
