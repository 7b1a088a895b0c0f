package org.cityos.sensing.indices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * AQI per HJ 633 for one station (or, with {@link #cityWide}, for the city from the stations'
 * mean concentrations): IAQI per item, AQI = max IAQI. The version follows the data's time
 * ({@link AqiStandard#at}). Pollutants without a value are left out; at least one is needed.
 */
public final class AirQualityIndex {

	private AirQualityIndex() {
	}

	public static AqiResult compute(AqiReport report, Instant time, Map<AqiItem, Double> concentrations) {
		return compute(AqiStandard.at(time), report, time, concentrations);
	}

	/** With the version forced (for comparisons across the switch). */
	public static AqiResult compute(AqiStandard standard, AqiReport report, Instant time,
			Map<AqiItem, Double> concentrations) {
		validate(report, concentrations);
		List<SubIndex> subIndices = new ArrayList<>();
		for (AqiItem item : report.items()) {
			subIndex(standard, item, concentrations).ifPresent(subIndices::add);
		}
		if (subIndices.isEmpty()) {
			throw new InvalidInputException("no concentration of the " + report + " report's items " + report.items());
		}
		int aqi = subIndices.stream().mapToInt(SubIndex::iaqi).max().orElseThrow();
		LinkedHashSet<Pollutant> primary = new LinkedHashSet<>();
		LinkedHashSet<Pollutant> exceeding = new LinkedHashSet<>();
		for (SubIndex sub : subIndices) {
			if (aqi > 50 && sub.iaqi() == aqi) {
				primary.add(sub.pollutant());
			}
			if (sub.iaqi() > 100) {
				exceeding.add(sub.pollutant());
			}
		}
		return new AqiResult(standard, report, time, aqi, AqiCategory.of(aqi), List.copyOf(subIndices),
				List.copyOf(primary), List.copyOf(exceeding));
	}

	/**
	 * City-wide AQI (城市空气质量指数): each item's mean over the stations that reported it,
	 * then the station formula.
	 */
	public static AqiResult cityWide(AqiReport report, Instant time, List<Map<AqiItem, Double>> stations) {
		Map<AqiItem, double[]> sums = new EnumMap<>(AqiItem.class);
		for (Map<AqiItem, Double> station : stations) {
			validate(report, station);
			station.forEach((item, value) -> {
				double[] sum = sums.computeIfAbsent(item, key -> new double[2]);
				sum[0] += value;
				sum[1]++;
			});
		}
		Map<AqiItem, Double> means = new EnumMap<>(AqiItem.class);
		sums.forEach((item, sum) -> means.put(item, sum[0] / sum[1]));
		return compute(report, time, means);
	}

	private static Optional<SubIndex> subIndex(AqiStandard standard, AqiItem item, Map<AqiItem, Double> values) {
		AqiItem source = values.containsKey(item) ? item : movingAverageFor(item);
		Double value = source == null ? null : values.get(source);
		if (source == null || value == null) {
			return Optional.empty();
		}
		OptionalInt iaqi = standard.subIndex(source, value);
		if (iaqi.isPresent()) {
			return Optional.of(new SubIndex(item, item.pollutant(), standard.evaluated(source, value), iaqi.getAsInt(),
					source == item ? null : source));
		}
		// beyond a column that ends at 800: SO2 1h counts with SO2 24h, O3 8h gives way to O3 1h
		AqiItem fallback = item == AqiItem.SO2_1H ? AqiItem.SO2_24H : AqiItem.O3_1H;
		Double fallbackValue = values.get(fallback);
		if (fallbackValue == null) {
			throw InvalidInputException.ofField(fallback.name(), item + " is above 800 µg/m³, so HJ 633 indexes "
					+ item.pollutant() + " by " + fallback + ", which is missing");
		}
		if (item == AqiItem.O3_8H) {
			// the daily report already indexes O3_1H: the 8-hour item just drops out
			return Optional.empty();
		}
		return Optional.of(new SubIndex(item, item.pollutant(), standard.evaluated(fallback, fallbackValue),
				standard.subIndex(fallback, fallbackValue).orElseThrow(), fallback));
	}

	/** Hourly PM without a 1-hour value: its 24-hour moving average stands in. */
	private static @Nullable AqiItem movingAverageFor(AqiItem item) {
		return switch (item) {
			case PM10_1H -> AqiItem.PM10_24H;
			case PM2_5_1H -> AqiItem.PM2_5_24H;
			default -> null;
		};
	}

	private static void validate(AqiReport report, Map<AqiItem, Double> concentrations) {
		List<FieldProblem> problems = new ArrayList<>();
		concentrations.forEach((item, value) -> {
			if (!report.accepts(item)) {
				problems.add(new FieldProblem(item.name(), "not an item of the " + report + " report"));
			}
			else if (value == null || !Double.isFinite(value) || value < 0) {
				problems.add(new FieldProblem(item.name(), "must be a finite concentration ≥ 0, was " + value));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException("invalid concentrations", problems);
		}
	}
}
