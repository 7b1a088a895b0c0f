package org.cityos.geography.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cityos.geography.CityMap;
import org.cityos.geography.Division;
import org.cityos.geography.DivisionCode;
import org.cityos.geography.DivisionLevel;
import org.cityos.geography.DivisionProfile;
import org.cityos.geography.DivisionSummary;
import org.cityos.geography.geojson.GeoJsonWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One division in detail, and search by code prefix or name (the map page's "find grid"). */
@RestController
@RequestMapping("/api/geography/divisions")
class DivisionController {

	/** Detail keeps 1 cm: it is what an administrator checks an import against. */
	private static final GeoJsonWriter DETAIL = new GeoJsonWriter(7);

	private final CityMap cityMap;

	DivisionController(CityMap cityMap) {
		this.cityMap = cityMap;
	}

	@GetMapping("/{code}")
	@PreAuthorize("isAuthenticated()")
	DivisionDetail division(@PathVariable String code) {
		DivisionProfile profile = cityMap.profile(DivisionCode.parse("code", code));
		Division division = profile.division();
		Map<String, Integer> contained = new TreeMap<>();
		profile.contained().forEach((level, count) -> contained.put(level.name(), count));
		return new DivisionDetail(division.code().value(), DETAIL.geometry(division.geometry()),
				new DivisionProperties(division.code().value(), division.name(), division.level().name(),
						division.level().chineseName(),
						division.parentCode() == null ? null : division.parentCode().value(), profile.parentName(),
						new Point(division.centroid().lon(), division.centroid().lat()),
						Math.round(division.areaSquareMetres() * 10) / 10.0, division.importedAt(), profile.children(),
						contained));
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<DivisionListing> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String level, @RequestParam(defaultValue = "20") int limit) {
		DivisionLevel wanted = level == null || level.isBlank() ? null : DivisionLevel.parse("level", level);
		return cityMap.search(q, wanted, limit).stream().map(DivisionListing::of).toList();
	}

	/** A GeoJSON Feature; the geometry is written by {@link GeoJsonWriter} and embedded as is. */
	record DivisionDetail(String type, String id, @JsonRawValue String geometry, DivisionProperties properties) {

		DivisionDetail(String id, String geometry, DivisionProperties properties) {
			this("Feature", id, geometry, properties);
		}
	}

	record DivisionProperties(String code, String name, String level, String levelName, @Nullable String parentCode,
			@Nullable String parentName, Point centroid, double areaSquareMetres, Instant importedAt, int children,
			Map<String, Integer> contained) {
	}

	record Point(double lon, double lat) {
	}

	record DivisionListing(String code, String name, String level, @Nullable String parentCode) {

		static DivisionListing of(DivisionSummary summary) {
			return new DivisionListing(summary.code().value(), summary.name(), summary.level().name(),
					summary.parentCode() == null ? null : summary.parentCode().value());
		}
	}
}
