package org.cityos.sensing.indices;

/**
 * The six pollutants of the AQI. Concentrations are µg/m³ except CO in mg/m³. {@code decimals}
 * is how far the 2026 version rounds an input before computing (integers, CO one decimal).
 */
public enum Pollutant {

	SO2("二氧化硫", "µg/m³", 0), NO2("二氧化氮", "µg/m³", 0), PM10("颗粒物(PM10)", "µg/m³", 0),
	CO("一氧化碳", "mg/m³", 1), O3("臭氧", "µg/m³", 0), PM2_5("细颗粒物(PM2.5)", "µg/m³", 0);

	private final String chineseName;

	private final String unit;

	private final int decimals;

	Pollutant(String chineseName, String unit, int decimals) {
		this.chineseName = chineseName;
		this.unit = unit;
		this.decimals = decimals;
	}

	public String chineseName() {
		return chineseName;
	}

	public String unit() {
		return unit;
	}

	public int decimals() {
		return decimals;
	}
}
