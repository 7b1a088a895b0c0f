package org.cityos.demo.sensing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.cityos.geography.Location;
import org.cityos.sensing.SensorRegistry.NewSensor;
import org.cityos.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Where the demo sensors stand and what their Things say: random points in the city's extent
 * (lon 108.60–108.80, lat 34.25–34.41) accepted only where the city map places them in a grid,
 * from a fixed seed. Noise monitors get a GB 3096 zone by place (roadside 4a, the centre 2, the
 * south-east industrial belt 3, the rest residential 1), water sections a target class II–IV
 * (the first one III), traffic detectors a free-flow speed of 40–80 km/h, parking lots a capacity.
 */
final class SensorSiting {

	private static final long SEED = 20260501L;

	private static final double WEST = 108.60;

	private static final double EAST = 108.80;

	private static final double SOUTH = 34.25;

	private static final double NORTH = 34.41;

	private static final GeoPoint CENTRE = new GeoPoint(108.70, 34.33);

	private final Function<GeoPoint, Optional<Location>> locate;

	SensorSiting(Function<GeoPoint, Optional<Location>> locate) {
		this.locate = locate;
	}

	/** A sensor to register and what the demo keeps about it (without Thing and Datastream ids yet). */
	record Sited(int number, NewSensor sensor, @Nullable String districtCode, @Nullable String zone,
			@Nullable String targetClass, @Nullable Double freeFlowSpeed, @Nullable Integer capacity) {
	}

	List<Sited> site(DemoSensorKind kind, int count) {
		SplittableRandom random = new SplittableRandom(SEED + kind.ordinal());
		List<Sited> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int number = DemoSensor.number(kind, i);
			GeoPoint place = CENTRE;
			Location location = null;
			for (int attempt = 0; attempt < 200 && location == null; attempt++) {
				GeoPoint candidate = new GeoPoint(round(WEST + random.nextDouble() * (EAST - WEST)),
						round(SOUTH + random.nextDouble() * (NORTH - SOUTH)));
				location = locate.apply(candidate).orElse(null);
				place = candidate;
			}
			if (location == null) {
				place = CENTRE;
				location = locate.apply(CENTRE).orElse(null);
			}
			String street = location == null ? "" : location.street().name();
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("simulated", true);
			String zone = null;
			String target = null;
			Double freeFlow = null;
			Integer capacity = null;
			switch (kind) {
				case NOISE -> properties.put("zone", zone = zone(number, place));
				case WATER -> {
					properties.put("targetClass", target = targetClass(number, i));
					properties.put("waterBody", "RIVER");
				}
				case TRAFFIC -> properties.put("freeFlowSpeed", freeFlow = 40 + 5 * Math.floor(9 * SensorPatterns.unit(number, "vf")));
				case PARKING -> properties.put("capacity", capacity = 50 + 10 * (int) (55 * SensorPatterns.unit(number, "cap")));
				default -> {
				}
			}
			String name = street + kind.chineseName() + String.format(" %03d", i + 1);
			out.add(new Sited(number, new NewSensor(name, kind.code(), place, properties, kind.quantities()),
					location == null ? null : location.district().code().value(), zone, target, freeFlow, capacity));
		}
		return out;
	}

	private static String zone(int number, GeoPoint place) {
		double u = SensorPatterns.unit(number, "zone");
		double km = Math.hypot((place.lon() - CENTRE.lon()) * 92, (place.lat() - CENTRE.lat()) * 111);
		if (u < 0.25) {
			return "4a";
		}
		if (km < 3) {
			return "2";
		}
		if (place.lon() > 108.74 && place.lat() < 34.30) {
			return "3";
		}
		return "1";
	}

	private static String targetClass(int number, int index) {
		if (index == 0) {
			return "III";
		}
		double u = SensorPatterns.unit(number, "target");
		return u < 0.3 ? "II" : u < 0.8 ? "III" : "IV";
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e5) / 1e5;
	}
}
