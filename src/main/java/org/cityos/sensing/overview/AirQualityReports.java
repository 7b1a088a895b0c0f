package org.cityos.sensing.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cityos.sensing.indices.AirQualityIndex;
import org.cityos.sensing.indices.AqiCategory;
import org.cityos.sensing.indices.AqiItem;
import org.cityos.sensing.indices.AqiReport;
import org.cityos.sensing.indices.AqiResult;
import org.cityos.sensing.indices.AqiStandard;
import org.cityos.sensing.indices.Pollutant;
import org.cityos.sensing.overview.SensorReadings.HourBucket;
import org.cityos.sensing.overview.SensorReadings.SensorThing;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * AQI per air station (Thing of kind {@code air}) and for the city, from the hour rollups, per
 * HJ 633 in the version of the data's date.
 * <p>
 * Hourly (实时报) at {@code at}: the last complete hour [H−1h, H) with H = {@code at} truncated to
 * the hour; each pollutant's hour average, plus the 24-hour moving averages of PM and SO2 (stand-ins
 * per HJ 633). Daily (日报): the China-time day holding {@code at} (so far, if it is today): 24-hour
 * averages, O3's maximum hour and maximum 8-hour moving average (windows within the day, ≥ 6 hours).
 * City-wide: each item's mean over the stations, then the station formula. Several datastreams of
 * one pollutant on a station are pooled.
 */
@Service
public class AirQualityReports {

	private static final int MINIMUM_HOURS_IN_8H_WINDOW = 6;

	private final SensorReadings readings;

	AirQualityReports(SensorReadings readings) {
		this.readings = readings;
	}

	/** One station's index; {@code concentrations} are what entered it. */
	public record StationAqi(long thingId, String name, @Nullable Double lon, @Nullable Double lat, AqiView index,
			Map<AqiItem, Double> concentrations) {
	}

	public record StationsReport(Instant time, AqiReport report, String standard, List<StationAqi> stations,
			List<Long> stationsWithoutData) {
	}

	public record CityReport(Instant time, AqiReport report, String standard, int stations, @Nullable AqiView index,
			Map<AqiItem, Double> concentrations) {
	}

	public record AqiView(int aqi, AqiCategory category, String categoryName, String level, String colour,
			List<Pollutant> primaryPollutants, List<Pollutant> exceedingPollutants, List<SubIndexView> subIndices) {

		static AqiView of(AqiResult result) {
			return new AqiView(result.aqi(), result.category(), result.category().chineseName(), result.category().level(),
					result.category().colour(), result.primaryPollutants(), result.exceedingPollutants(),
					result.subIndices().stream()
						.map(s -> new SubIndexView(s.item(), s.pollutant(), s.pollutant().chineseName(), s.concentration(), s.iaqi()))
						.toList());
		}
	}

	public record SubIndexView(AqiItem item, Pollutant pollutant, String pollutantName, double concentration, int iaqi) {
	}

	public StationsReport stations(AqiReport report, Instant at) {
		Instant time = reportTime(report, at);
		Map<Long, Map<AqiItem, Double>> concentrations = concentrations(report, time, at);
		List<StationAqi> stations = new ArrayList<>();
		List<Long> withoutData = new ArrayList<>();
		for (SensorThing thing : readings.things(SensorKinds.AIR)) {
			Map<AqiItem, Double> values = concentrations.get(thing.id());
			AqiResult result = values == null ? null : computeOrNull(report, time, values);
			if (result == null) {
				withoutData.add(thing.id());
			}
			else {
				stations.add(new StationAqi(thing.id(), thing.name(), thing.lon(), thing.lat(), AqiView.of(result), values));
			}
		}
		return new StationsReport(time, report, AqiStandard.at(time).code(), stations, withoutData);
	}

	public CityReport city(AqiReport report, Instant at) {
		StationsReport stations = stations(report, at);
		if (stations.stations().isEmpty()) {
			return new CityReport(stations.time(), report, stations.standard(), 0, null, Map.of());
		}
		List<Map<AqiItem, Double>> values = stations.stations().stream().map(StationAqi::concentrations).toList();
		AqiResult city = AirQualityIndex.cityWide(report, stations.time(), values);
		Map<AqiItem, Double> means = new EnumMap<>(AqiItem.class);
		city.subIndices().forEach(sub -> means.put(sub.item(), sub.concentration()));
		return new CityReport(stations.time(), report, stations.standard(), stations.stations().size(), AqiView.of(city), means);
	}

	/** HOURLY: end of the last complete hour; DAILY: China-time midnight starting the day. */
	static Instant reportTime(AqiReport report, Instant at) {
		return report == AqiReport.HOURLY ? at.truncatedTo(ChronoUnit.HOURS)
				: LocalDate.ofInstant(at, AqiStandard.CHINA).atStartOfDay(AqiStandard.CHINA).toInstant();
	}

	private Map<Long, Map<AqiItem, Double>> concentrations(AqiReport report, Instant time, Instant at) {
		Instant from = report == AqiReport.HOURLY ? time.minus(24, ChronoUnit.HOURS) : time;
		Instant to = report == AqiReport.HOURLY ? time : time.atZone(AqiStandard.CHINA).plusDays(1).toInstant();
		// per station, pollutant and hour: pooled sum and count
		Map<Long, Map<Pollutant, TreeMap<Instant, double[]>>> hours = new LinkedHashMap<>();
		for (HourBucket bucket : readings.hours(SensorKinds.AIR, from, to)) {
			Pollutant pollutant = SensorKinds.pollutant(bucket.observedProperty());
			if (pollutant == null) {
				continue;
			}
			double[] pooled = hours.computeIfAbsent(bucket.thingId(), id -> new EnumMap<>(Pollutant.class))
				.computeIfAbsent(pollutant, p -> new TreeMap<>())
				.computeIfAbsent(bucket.start(), s -> new double[2]);
			pooled[0] += bucket.sum();
			pooled[1] += bucket.count();
		}
		Map<Long, Map<AqiItem, Double>> out = new LinkedHashMap<>();
		hours.forEach((station, byPollutant) -> {
			Map<AqiItem, Double> values = new EnumMap<>(AqiItem.class);
			byPollutant.forEach((pollutant, series) -> {
				if (report == AqiReport.HOURLY) {
					hourly(pollutant, series, time, values);
				}
				else {
					daily(pollutant, series, time, values);
				}
			});
			if (!values.isEmpty()) {
				out.put(station, values);
			}
		});
		return out;
	}

	private static void hourly(Pollutant pollutant, TreeMap<Instant, double[]> series, Instant end,
			Map<AqiItem, Double> values) {
		double[] lastHour = series.get(end.minus(1, ChronoUnit.HOURS));
		if (lastHour != null) {
			values.put(item(pollutant, "_1H"), lastHour[0] / lastHour[1]);
		}
		if (pollutant == Pollutant.SO2 || pollutant == Pollutant.PM10 || pollutant == Pollutant.PM2_5) {
			values.put(item(pollutant, "_24H"), mean(series));
		}
	}

	private static void daily(Pollutant pollutant, TreeMap<Instant, double[]> series, Instant dayStart,
			Map<AqiItem, Double> values) {
		if (pollutant != Pollutant.O3) {
			values.put(item(pollutant, "_24H"), mean(series));
			return;
		}
		double maxHour = 0;
		for (double[] hour : series.values()) {
			maxHour = Math.max(maxHour, hour[0] / hour[1]);
		}
		values.put(AqiItem.O3_1H, maxHour);
		double max8 = -1;
		for (int start = 0; start <= 16; start++) {
			double sum = 0;
			int hoursWithData = 0;
			for (int h = start; h < start + 8; h++) {
				double[] hour = series.get(dayStart.plus(h, ChronoUnit.HOURS));
				if (hour != null) {
					sum += hour[0] / hour[1];
					hoursWithData++;
				}
			}
			if (hoursWithData >= MINIMUM_HOURS_IN_8H_WINDOW) {
				max8 = Math.max(max8, sum / hoursWithData);
			}
		}
		if (max8 >= 0) {
			values.put(AqiItem.O3_8H, max8);
		}
	}

	private static double mean(TreeMap<Instant, double[]> series) {
		double sum = 0;
		double count = 0;
		for (double[] hour : series.values()) {
			sum += hour[0];
			count += hour[1];
		}
		return sum / count;
	}

	private static AqiItem item(Pollutant pollutant, String averaging) {
		return AqiItem.valueOf(pollutant.name() + averaging);
	}

	private static @Nullable AqiResult computeOrNull(AqiReport report, Instant time, Map<AqiItem, Double> values) {
		try {
			return AirQualityIndex.compute(report, time, values);
		}
		catch (InvalidInputException ex) {
			// e.g. only a 24-hour PM value: nothing of this report's items; or SO2 1h > 800 without 24h
			return null;
		}
	}
}
