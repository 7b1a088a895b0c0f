package org.cityos.geography.web;

import org.cityos.geography.BoundingBox;
import org.cityos.geography.CityMap;
import org.cityos.geography.DivisionLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's layers as GeoJSON FeatureCollections, served from bytes serialised at import so
 * the map page's heaviest request costs no work.
 */
@RestController
class MapLayerController {

	private final CityMap cityMap;

	MapLayerController(CityMap cityMap) {
		this.cityMap = cityMap;
	}

	/** {@code level}: district, street, community or grid; {@code bbox}: minLon,minLat,maxLon,maxLat. */
	@GetMapping("/api/geography/layers/{level}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> layer(@PathVariable String level, @RequestParam(required = false) @Nullable String bbox) {
		DivisionLevel wanted = DivisionLevel.parse("level", level);
		BoundingBox box = bbox == null || bbox.isBlank() ? null : BoundingBox.parse("bbox", bbox);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(cityMap.layer(wanted, box));
	}
}
