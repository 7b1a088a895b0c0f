package org.cityos.demo.sensing;

import java.util.List;

import org.cityos.sensing.SensorRegistry.Quantity;

/**
 * The kinds of demo sensor, how many of each a full-size city has, and what each measures. The
 * kind codes and ObservedProperty names are the sensing module's conventions (docs/sensing.md),
 * so that its AQI, noise, water, congestion and parking indices apply.
 */
enum DemoSensorKind {

	AIR("air", "空气自动监测站", 40, 2, List.of(new Quantity("PM2_5", "µg/m³"), new Quantity("PM10", "µg/m³"),
			new Quantity("SO2", "µg/m³"), new Quantity("NO2", "µg/m³"), new Quantity("CO", "mg/m³"), new Quantity("O3", "µg/m³"))),
	NOISE("noise", "噪声监测点", 300, 2, List.of(new Quantity("LAEQ", "dB(A)"))),
	WATER("water", "水质监测断面", 40, 2, List.of(new Quantity("DISSOLVED_OXYGEN", "mg/L"),
			new Quantity("PERMANGANATE_INDEX", "mg/L"), new Quantity("AMMONIA_NITROGEN", "mg/L"),
			new Quantity("TOTAL_PHOSPHORUS", "mg/L"))),
	TRAFFIC("traffic", "交通流量检测器", 600, 4, List.of(new Quantity("FLOW", "veh/h"), new Quantity("SPEED", "km/h"),
			new Quantity("OCCUPANCY", "1"))),
	PARKING("parking", "停车场", 300, 2, List.of(new Quantity("OCCUPIED", "个"))),
	MANHOLE("manhole", "井盖倾角传感器", 700, 2, List.of(new Quantity("TILT", "°")));

	private final String code;

	private final String chineseName;

	private final int fullCount;

	private final int minimum;

	private final List<Quantity> quantities;

	DemoSensorKind(String code, String chineseName, int fullCount, int minimum, List<Quantity> quantities) {
		this.code = code;
		this.chineseName = chineseName;
		this.fullCount = fullCount;
		this.minimum = minimum;
		this.quantities = quantities;
	}

	String code() {
		return code;
	}

	String chineseName() {
		return chineseName;
	}

	List<Quantity> quantities() {
		return quantities;
	}

	/** How many at {@code scale}: never fewer than {@code minimum}, so every kind (and its incident) is there. */
	int count(double scale) {
		return (int) Math.max(minimum, Math.round(fullCount * scale));
	}

	static DemoSensorKind of(String code) {
		for (DemoSensorKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no demo sensor kind " + code);
	}
}
