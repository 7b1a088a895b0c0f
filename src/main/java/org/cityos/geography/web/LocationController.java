package org.cityos.geography.web;

import org.cityos.geography.CityMap;
import org.cityos.geography.CoordinateSystem;
import org.cityos.geography.Coordinates;
import org.cityos.geography.DivisionReference;
import org.cityos.geography.Location;
import org.cityos.shared.GeoPoint;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where is this point: its unit grid and divisions, and its coordinates in the systems of
 * Chinese web maps. Coordinates are read as text and parsed here so that every bad value
 * ("abc", "NaN", 200) is answered with a 400 naming the parameter.
 */
@RestController
@RequestMapping("/api/geography")
class LocationController {

	private final CityMap cityMap;

	LocationController(CityMap cityMap) {
		this.cityMap = cityMap;
	}

	@GetMapping("/locate")
	@PreAuthorize("isAuthenticated()")
	LocateResponse locate(@RequestParam String lon, @RequestParam String lat) {
		GeoPoint point = new GeoPoint(number("lon", lon), number("lat", lat));
		Location location = cityMap.locate(point)
			.orElseThrow(() -> new NotFoundException("no unit grid at lon " + point.lon() + ", lat " + point.lat()
					+ ": the point lies outside the city's grids"));
		return new LocateResponse(DivisionView.of(location.grid()), DivisionView.of(location.community()),
				DivisionView.of(location.street()), DivisionView.of(location.district()), point.lon(), point.lat());
	}

	@GetMapping("/convert")
	@PreAuthorize("isAuthenticated()")
	ConvertResponse convert(@RequestParam String from, @RequestParam String to, @RequestParam String lon,
			@RequestParam String lat) {
		CoordinateSystem source = CoordinateSystem.parse("from", from);
		CoordinateSystem target = CoordinateSystem.parse("to", to);
		Coordinates converted = new Coordinates(source, number("lon", lon), number("lat", lat)).in(target);
		return new ConvertResponse(source.name(), target.name(), converted.lon(), converted.lat());
	}

	static double number(String parameter, String text) {
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isFinite(value)) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw InvalidInputException.ofField(parameter, "'" + text + "' is not a number (decimal degrees expected)");
	}

	record DivisionView(String code, String name) {

		static DivisionView of(DivisionReference reference) {
			return new DivisionView(reference.code().value(), reference.name());
		}
	}

	record LocateResponse(DivisionView grid, DivisionView community, DivisionView street, DivisionView district,
			double lon, double lat) {
	}

	record ConvertResponse(String from, String to, double lon, double lat) {
	}
}
