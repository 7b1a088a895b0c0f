package org.cityos.geography.web;

import java.nio.charset.StandardCharsets;

import org.cityos.geography.CityMap;
import org.cityos.geography.ImportMode;
import org.cityos.geography.ImportSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators load the map from a GeoJSON FeatureCollection. The body is taken as bytes, not
 * bound to records, so that the reader can report every problem with its feature index and
 * code in one answer instead of the first binding error; it is decoded as UTF-8 whatever the
 * content type says, as RFC 8259 requires of JSON (a {@code application/geo+json} upload
 * without charset would otherwise be read as ISO-8859-1 and garble the Chinese names).
 */
@RestController
class MapImportController {

	private final CityMap cityMap;

	MapImportController(CityMap cityMap) {
		this.cityMap = cityMap;
	}

	/** {@code mode}: merge (default; "upsert" too) or replace (the file becomes the whole map). */
	@PostMapping("/api/geography/import")
	@PreAuthorize("hasRole('ADMIN')")
	ImportResponse importMap(@RequestBody byte[] geoJson, @RequestParam(defaultValue = "merge") String mode) {
		ImportMode importMode = ImportMode.parse("mode", mode);
		ImportSummary summary = cityMap.importGeoJson(new String(geoJson, StandardCharsets.UTF_8), importMode);
		return new ImportResponse(summary.mode().name(), summary.districts(), summary.streets(), summary.communities(),
				summary.grids(), summary.total());
	}

	record ImportResponse(String mode, int districts, int streets, int communities, int grids, int total) {
	}
}
