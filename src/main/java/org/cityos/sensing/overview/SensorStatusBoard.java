package org.cityos.sensing.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityos.sensing.indices.AqiReport;
import org.cityos.sensing.indices.AqiStandard;
import org.cityos.sensing.indices.NoisePeriod;
import org.cityos.sensing.indices.NoiseZone;
import org.cityos.sensing.indices.ParkingOccupancy;
import org.cityos.sensing.indices.SegmentCongestion;
import org.cityos.sensing.indices.TrafficCongestion;
import org.cityos.sensing.indices.TrafficReading;
import org.cityos.sensing.indices.WaterAssessment;
import org.cityos.sensing.indices.WaterBody;
import org.cityos.sensing.indices.WaterClass;
import org.cityos.sensing.indices.WaterParameter;
import org.cityos.sensing.indices.WaterQuality;
import org.cityos.sensing.overview.AirQualityReports.StationAqi;
import org.cityos.sensing.overview.SensorReadings.Reading;
import org.cityos.sensing.overview.SensorReadings.SensorThing;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The sensor map's data: per Thing its place, latest values, status and the index of its kind.
 * Status: OFFLINE when no datastream reported within {@code cityos.sensing.status.offline-after}
 * (default 10 min) — or never; else WARNING when one of its datastreams has an open alert (with the
 * most severe level); else OK. Indices: AQI of the last complete hour (air), the latest L_Aeq
 * against the zone's limit for the current period (noise; the period's L_Aeq is in
 * {@link NoiseReports}), GB 3838 class against {@code targetClass} (water), congestion index
 * (traffic), occupancy (parking).
 */
@Service
public class SensorStatusBoard {

	private final SensorReadings readings;

	private final AirQualityReports air;

	private final Duration offlineAfter;

	SensorStatusBoard(SensorReadings readings, AirQualityReports air,
			@Value("${cityos.sensing.status.offline-after:PT10M}") Duration offlineAfter) {
		this.readings = readings;
		this.air = air;
		this.offlineAfter = offlineAfter;
	}

	public enum Status {
		OK, WARNING, OFFLINE
	}

	public record SensorStatus(long id, String name, @Nullable String kind, @Nullable Double lon, @Nullable Double lat,
			Status status, @Nullable String level, @Nullable Instant lastObservation, List<LatestValue> values,
			@Nullable Index index) {
	}

	public record LatestValue(long datastreamId, String name, String observedProperty, @Nullable String unit,
			@Nullable Instant time, @Nullable Double value, @Nullable String alertLevel) {
	}

	/**
	 * The index of the sensor's kind. {@code type}: AQI, NOISE, WATER, CONGESTION, PARKING;
	 * {@code value} the number to show, {@code label} its category in Chinese, {@code colour} where the
	 * standard gives one, {@code exceeded} whether it breaks its limit or target; {@code details} by type.
	 */
	public record Index(String type, double value, String label, @Nullable String colour, boolean exceeded,
			Map<String, @Nullable Object> details) {
	}

	public List<SensorStatus> statuses(@Nullable String kind, Instant now) {
		Map<String, String> alertLevels = readings.openAlertLevels();
		Map<Long, StationAqi> aqi = new HashMap<>();
		if (kind == null || kind.equals(SensorKinds.AIR)) {
			air.stations(AqiReport.HOURLY, now).stations().forEach(station -> aqi.put(station.thingId(), station));
		}
		List<SensorStatus> out = new ArrayList<>();
		for (SensorThing thing : readings.things(kind)) {
			Instant last = null;
			String level = null;
			List<LatestValue> values = new ArrayList<>();
			for (Reading reading : thing.readings()) {
				String alert = alertLevels.get(Long.toString(reading.datastreamId()));
				if (alert != null && (level == null || severity(alert) > severity(level))) {
					level = alert;
				}
				if (reading.time() != null && (last == null || reading.time().isAfter(last))) {
					last = reading.time();
				}
				values.add(new LatestValue(reading.datastreamId(), reading.name(), reading.observedProperty(), reading.unit(),
						reading.time(), reading.value(), alert));
			}
			Status status = last == null || last.isBefore(now.minus(offlineAfter)) ? Status.OFFLINE
					: level != null ? Status.WARNING : Status.OK;
			out.add(new SensorStatus(thing.id(), thing.name(), thing.kind(), thing.lon(), thing.lat(), status, level, last,
					values, index(thing, aqi.get(thing.id()), now)));
		}
		return out;
	}

	private static int severity(String level) {
		return switch (level) {
			case "RED" -> 4;
			case "ORANGE" -> 3;
			case "YELLOW" -> 2;
			default -> 1;
		};
	}

	static @Nullable Index index(SensorThing thing, @Nullable StationAqi aqi, Instant now) {
		if (thing.kind() == null) {
			return null;
		}
		try {
			return switch (thing.kind()) {
				case SensorKinds.AIR -> aqi == null ? null : new Index("AQI", aqi.index().aqi(), aqi.index().categoryName(),
						aqi.index().colour(), aqi.index().aqi() > 100, Map.of("category", aqi.index().category(),
								"primaryPollutants", aqi.index().primaryPollutants(), "hourEnding", AirQualityReports
									.reportTime(AqiReport.HOURLY, now)));
				case SensorKinds.NOISE -> noise(thing, now);
				case SensorKinds.WATER -> water(thing);
				case SensorKinds.TRAFFIC -> traffic(thing);
				case SensorKinds.PARKING -> parking(thing);
				default -> null;
			};
		}
		catch (InvalidInputException ex) {
			return null; // a property that is not readable (zone "9", capacity 0): no index rather than a failed map
		}
	}

	private static @Nullable Index noise(SensorThing thing, Instant now) {
		Double level = latest(thing, SensorKinds.NOISE_LEVEL);
		if (level == null || thing.zone() == null) {
			return null;
		}
		NoiseZone zone = NoiseZone.of(thing.zone());
		NoisePeriod period = NoisePeriod.of(now.atZone(AqiStandard.CHINA).toLocalTime());
		int limit = zone.limit(period);
		Map<String, @Nullable Object> details = new java.util.LinkedHashMap<>();
		details.put("zone", zone.code());
		details.put("period", period);
		details.put("limit", limit);
		return new Index("NOISE", level, period.chineseName() + " " + zone.code() + "类区", null, level > limit, details);
	}

	private static @Nullable Index water(SensorThing thing) {
		Map<WaterParameter, Double> values = new EnumMap<>(WaterParameter.class);
		for (Reading reading : thing.readings()) {
			WaterParameter parameter = SensorKinds.waterParameter(reading.observedProperty());
			if (parameter != null && reading.value() != null) {
				values.put(parameter, reading.value());
			}
		}
		WaterClass target = SensorKinds.waterClass(thing.targetClass());
		if (values.isEmpty()) {
			return null;
		}
		String bodyName = thing.waterBody() == null ? "" : thing.waterBody().toUpperCase(java.util.Locale.ROOT);
		WaterBody body = bodyName.startsWith("LAKE") || bodyName.equals("RESERVOIR") ? WaterBody.LAKE_OR_RESERVOIR
				: WaterBody.RIVER;
		WaterAssessment assessment = WaterQuality.assess(values, body, target == null ? WaterClass.V : target);
		Map<String, @Nullable Object> details = new java.util.LinkedHashMap<>();
		details.put("waterClass", assessment.waterClass());
		details.put("targetClass", target);
		details.put("worstParameters", assessment.worstParameters());
		details.put("responsibleParameters", assessment.responsibleParameters());
		return new Index("WATER", assessment.waterClass().ordinal() + 1, assessment.waterClass().chineseName(), null,
				target != null && assessment.worseThanTarget(), details);
	}

	private static @Nullable Index traffic(SensorThing thing) {
		Double flow = latest(thing, SensorKinds.FLOW);
		Double freeFlow = latest(thing, SensorKinds.FREE_FLOW_SPEED);
		if (freeFlow == null) {
			freeFlow = thing.freeFlowSpeed();
		}
		if (flow == null || freeFlow == null) {
			return null;
		}
		SegmentCongestion congestion = TrafficCongestion.of(new TrafficReading(flow, latest(thing, SensorKinds.SPEED), freeFlow,
				latest(thing, SensorKinds.OCCUPANCY)));
		return new Index("CONGESTION", congestion.index(), congestion.level().chineseName(), null, congestion.index() >= 6,
				Map.of("level", congestion.level(), "basis", congestion.basis(), "flow", congestion.flow()));
	}

	private static @Nullable Index parking(SensorThing thing) {
		Double occupied = latest(thing, SensorKinds.OCCUPIED);
		Double capacity = latest(thing, SensorKinds.CAPACITY);
		if (capacity == null) {
			capacity = thing.capacity();
		}
		if (occupied == null || capacity == null) {
			return null;
		}
		ParkingOccupancy occupancy = ParkingOccupancy.of((int) Math.round(capacity), (int) Math.round(occupied));
		return new Index("PARKING", occupancy.ratio(), occupancy.status().chineseName(), null,
				occupancy.status() == ParkingOccupancy.Status.FULL, Map.of("status", occupancy.status(), "capacity",
						occupancy.capacity(), "occupied", occupancy.occupied(), "free", occupancy.free()));
	}

	private static @Nullable Double latest(SensorThing thing, String property) {
		for (Reading reading : thing.readings()) {
			if (reading.observedProperty().equalsIgnoreCase(property) && reading.value() != null) {
				return reading.value();
			}
		}
		return null;
	}
}
