package org.cityos.demo.sensing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * The daily patterns of the demo sensors: pure functions of the sensor, the quantity and the
 * time, so that a back-fill repeated after a crash produces the same values (and the writer's
 * idempotency key turns them into no-ops), and tests can check them. Per-sensor character (base
 * levels, free-flow speed) comes from the sensor's number; measurement noise from a hash of
 * sensor, quantity and minute.
 * <ul>
 * <li>air: PM higher at night (peak about 02:00) and in winter, NO2/CO with the rush hours, O3 a
 * midday bell peaking about 15:00; the pollution episode lifts PM2.5 to 150–250 µg/m³;</li>
 * <li>noise: a few dB under the zone's day limit by day, 8 dB(A) lower at night;</li>
 * <li>water: inside the section's target class, DO with a small afternoon maximum;</li>
 * <li>traffic: rush hours 07:30–09:00 and 17:30–19:00 with speed drops (jams on bottlenecks);</li>
 * <li>parking: commercial lots fill by day, residential ones by night; manhole covers lie flat.</li>
 * </ul>
 */
final class SensorPatterns {

	static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	private static final double[][] TRAFFIC_DAY = { { 0, 0.12 }, { 5, 0.06 }, { 6, 0.25 }, { 7, 0.7 }, { 7.5, 1.0 },
			{ 9, 1.0 }, { 10, 0.7 }, { 12, 0.65 }, { 14, 0.6 }, { 16.5, 0.75 }, { 17.5, 0.95 }, { 19, 0.95 }, { 20, 0.7 },
			{ 22, 0.4 }, { 24, 0.12 } };

	private static final double[][] COMMERCIAL_LOT = { { 0, 0.15 }, { 7, 0.2 }, { 9, 0.6 }, { 11, 0.9 }, { 14, 0.85 },
			{ 16, 0.88 }, { 19, 0.75 }, { 21, 0.45 }, { 24, 0.15 } };

	private static final double[][] RESIDENTIAL_LOT = { { 0, 0.92 }, { 7, 0.85 }, { 9, 0.5 }, { 12, 0.45 }, { 17, 0.55 },
			{ 19, 0.8 }, { 21, 0.9 }, { 24, 0.92 } };

	// GB 3838 class limits I..V: DO is a minimum, the others maxima (river TP).
	private static final double[] DO_MIN = { 7.5, 6, 5, 3, 2 };

	private static final double[] CODMN_MAX = { 2, 4, 6, 10, 15 };

	private static final double[] NH3N_MAX = { 0.15, 0.5, 1.0, 1.5, 2.0 };

	private static final double[] TP_MAX = { 0.02, 0.1, 0.2, 0.3, 0.4 };

	private SensorPatterns() {
	}

	/** The value {@code sensor} measures of {@code quantity} (an ObservedProperty name) at {@code time}. */
	static double value(DemoSensor sensor, String quantity, Instant time, Incidents incidents) {
		ZonedDateTime local = time.atZone(CITY_ZONE);
		double hour = local.getHour() + local.getMinute() / 60.0;
		long minute = time.getEpochSecond() / 60;
		double noise = gauss(sensor.number(), quantity, minute);
		return switch (sensor.kind()) {
			case AIR -> air(sensor, quantity, time, local, hour, noise, incidents);
			case NOISE -> round(noiseLevel(sensor, hour) + 1.5 * noise, 1);
			case WATER -> water(sensor, quantity, hour, noise);
			case TRAFFIC -> traffic(sensor, quantity, local, hour, minute);
			case PARKING -> parking(sensor, hour, noise);
			case MANHOLE -> Incidents.isTiltedCover(sensor) && !time.isBefore(incidents.tiltSince())
					? round(12 + 0.3 * noise, 2) : round(Math.abs(0.3 + 0.9 * unit(sensor.number(), "tilt") + 0.05 * noise), 2);
		};
	}

	private static double air(DemoSensor sensor, String quantity, Instant time, ZonedDateTime local, double hour,
			double noise, Incidents incidents) {
		int n = sensor.number();
		int month = local.getMonthValue();
		boolean winter = month >= 11 || month <= 2;
		double season = winter ? 1.5 : 1.0;
		double night = 1 + 0.35 * Math.cos(2 * Math.PI * (hour - 2) / 24); // 1.35 at 02:00, 0.65 at 14:00
		double rush = rushness(hour);
		double pm25 = (30 + 20 * unit(n, "pm")) * season * (night + 0.15 * rush);
		double episode = incidents.episode(time, sensor.districtCode());
		if (episode > 0) {
			double peak = 150 + 100 * unit(n, "episode");
			pm25 = pm25 + (peak - pm25) * episode;
		}
		return switch (quantity) {
			case "PM2_5" -> round(Math.max(2, pm25 * (1 + 0.08 * noise)), 1);
			case "PM10" -> round(Math.max(5, pm25 * (1.6 + 0.3 * unit(n, "pm10")) + 5 * noise), 1);
			case "SO2" -> round(Math.max(2, (8 + 8 * unit(n, "so2")) * (winter ? 1.3 : 1) * (1 + 0.1 * noise)), 1);
			case "NO2" -> round(Math.max(3, (25 + 15 * unit(n, "no2")) * (0.8 + 0.2 * Math.cos(2 * Math.PI * (hour - 22) / 24)
					+ 0.5 * rush) * (1 + 0.08 * noise)), 1);
			case "CO" -> round(Math.max(0.1, (0.6 + 0.5 * unit(n, "co")) * season * (night + 0.4 * rush) * (1 + 0.06 * noise)), 2);
			case "O3" -> round(Math.max(2, ((25 + 10 * unit(n, "o3")) + (110 + 40 * unit(n, "o3peak")) * (winter ? 0.5 : 1)
					* Math.exp(-Math.pow(hour - 15, 2) / (2 * 3 * 3))) * (1 + 0.07 * noise)), 1);
			default -> throw new IllegalArgumentException("an air station does not measure " + quantity);
		};
	}

	/** L_Aeq without noise: 4 to 1 dB(A) under the zone's day limit by day, 8 dB(A) lower at night, a little more at rush hours. */
	static double noiseLevel(DemoSensor sensor, double hour) {
		double dayLimit = switch (sensor.zone() == null ? "2" : sensor.zone()) {
			case "0" -> 50;
			case "1" -> 55;
			case "3" -> 65;
			case "4a", "4b" -> 70;
			default -> 60;
		};
		double day = dayLimit - 4 + 3 * unit(sensor.number(), "noise");
		// smooth over an hour around 06:00 and 22:00
		double dayness = logistic((hour - 6) * 4) * (1 - logistic((hour - 22) * 4));
		return day - 8 * (1 - dayness) + 1.5 * rushness(hour);
	}

	private static double water(DemoSensor sensor, String quantity, double hour, double noise) {
		int target = classNumber(sensor.targetClass()) - 1;
		int n = sensor.number();
		return switch (quantity) {
			case "DISSOLVED_OXYGEN" -> round(DO_MIN[target] + 1.0 + 0.8 * unit(n, "do")
					+ 0.6 * Math.sin(2 * Math.PI * (hour - 9) / 24) + 0.15 * noise, 2);
			case "PERMANGANATE_INDEX" -> round(CODMN_MAX[target] * (0.6 + 0.1 * unit(n, "codmn")) * (1 + 0.05 * noise), 2);
			case "AMMONIA_NITROGEN" -> Incidents.isPollutedSection(sensor) ? round(1.8 + 0.05 * noise, 3)
					: round(NH3N_MAX[target] * (0.55 + 0.1 * unit(n, "nh3")) * (1 + 0.05 * noise), 3);
			case "TOTAL_PHOSPHORUS" -> round(TP_MAX[target] * (0.55 + 0.1 * unit(n, "tp")) * (1 + 0.05 * noise), 3);
			default -> throw new IllegalArgumentException("a water section does not measure " + quantity);
		};
	}

	private static double traffic(DemoSensor sensor, String quantity, ZonedDateTime local, double hour, long minute) {
		int n = sensor.number();
		double freeFlow = sensor.freeFlowSpeed() == null ? 60 : sensor.freeFlowSpeed();
		boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
		double demand = interpolate(TRAFFIC_DAY, hour) * (weekend ? 0.85 : 1);
		double rush = rushness(hour) * (weekend ? 0.4 : 1);
		boolean bottleneck = Incidents.isBottleneck(sensor);
		double drop = bottleneck ? 0.8 : 0.35;
		double speed = Math.max(3, freeFlow * (0.95 - 0.1 * demand - drop * rush) * (1 + 0.04 * gauss(n, "SPEED", minute)));
		double flow = Math.max(0, (900 + 900 * unit(n, "flow")) * demand * (bottleneck ? 1 - 0.3 * rush : 1)
				* (1 + 0.08 * gauss(n, "FLOW", minute)));
		return switch (quantity) {
			case "FLOW" -> Math.round(flow);
			case "SPEED" -> round(speed, 1);
			case "OCCUPANCY" -> round(Math.min(0.95, Math.max(0.01, flow / speed * 0.0065)), 3);
			default -> throw new IllegalArgumentException("a traffic detector does not measure " + quantity);
		};
	}

	private static double parking(DemoSensor sensor, double hour, double noise) {
		int n = sensor.number();
		int capacity = sensor.capacity() == null ? 100 : sensor.capacity();
		double[][] day = unit(n, "lot") < 0.6 ? COMMERCIAL_LOT : RESIDENTIAL_LOT;
		double ratio = interpolate(day, hour) * (0.9 + 0.15 * unit(n, "busy")) + 0.03 * noise;
		return Math.round(capacity * Math.min(1, Math.max(0, ratio)));
	}

	/** 1 inside the rush hours 07:30–09:00 and 17:30–19:00, ramping over half an hour on each side, else 0. */
	static double rushness(double hour) {
		return Math.max(plateau(hour, 7.5, 9), plateau(hour, 17.5, 19));
	}

	private static double plateau(double hour, double from, double to) {
		if (hour >= from && hour <= to) {
			return 1;
		}
		double distance = hour < from ? from - hour : hour - to;
		return Math.max(0, 1 - distance / 0.5);
	}

	private static double interpolate(double[][] points, double hour) {
		for (int i = 1; i < points.length; i++) {
			if (hour <= points[i][0]) {
				double share = (hour - points[i - 1][0]) / (points[i][0] - points[i - 1][0]);
				return points[i - 1][1] + share * (points[i][1] - points[i - 1][1]);
			}
		}
		return points[points.length - 1][1];
	}

	private static double logistic(double x) {
		return 1 / (1 + Math.exp(-x));
	}

	static int classNumber(@org.jspecify.annotations.Nullable String targetClass) {
		return switch (targetClass == null ? "III" : targetClass) {
			case "I" -> 1;
			case "II" -> 2;
			case "IV" -> 4;
			case "V" -> 5;
			default -> 3;
		};
	}

	/** A uniform number in [0, 1) that characterises sensor {@code number} for {@code key}. */
	static double unit(int number, String key) {
		return new SplittableRandom(number * 1_000_003L + key.hashCode()).nextDouble();
	}

	/** A standard normal measurement noise for the sensor, quantity and minute (Box–Muller). */
	static double gauss(int number, String key, long minute) {
		SplittableRandom random = new SplittableRandom((number * 1_000_003L + key.hashCode()) * 31 + minute * 0x9E3779B97F4A7C15L);
		double u1 = Math.max(1e-12, random.nextDouble());
		double u2 = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	private static double round(double value, int decimals) {
		double factor = Math.pow(10, decimals);
		return Math.round(value * factor) / factor;
	}
}
