package org.cityos.sensing.indices;

/**
 * One evaluated quantity of the AQI (污染物项目 with its averaging time). The hourly real-time
 * report (实时报) uses the 1-hour items, the daily report (日报) the 24-hour ones plus ozone's daily
 * 1-hour maximum and 8-hour moving maximum. HJ 633 has no 1-hour breakpoints for particles: the
 * 1-hour PM values are compared with the 24-hour breakpoints ({@link #breakpointsOf()}).
 */
public enum AqiItem {

	SO2_24H(Pollutant.SO2, "24小时平均"), SO2_1H(Pollutant.SO2, "1小时平均"),
	NO2_24H(Pollutant.NO2, "24小时平均"), NO2_1H(Pollutant.NO2, "1小时平均"),
	PM10_24H(Pollutant.PM10, "24小时平均"), PM10_1H(Pollutant.PM10, "1小时平均"),
	CO_24H(Pollutant.CO, "24小时平均"), CO_1H(Pollutant.CO, "1小时平均"),
	O3_1H(Pollutant.O3, "1小时平均"), O3_8H(Pollutant.O3, "8小时滑动平均"),
	PM2_5_24H(Pollutant.PM2_5, "24小时平均"), PM2_5_1H(Pollutant.PM2_5, "1小时平均");

	private final Pollutant pollutant;

	private final String averaging;

	AqiItem(Pollutant pollutant, String averaging) {
		this.pollutant = pollutant;
		this.averaging = averaging;
	}

	public Pollutant pollutant() {
		return pollutant;
	}

	public String averaging() {
		return averaging;
	}

	/** The item whose breakpoint column this item is evaluated against. */
	public AqiItem breakpointsOf() {
		return switch (this) {
			case PM10_1H -> PM10_24H;
			case PM2_5_1H -> PM2_5_24H;
			default -> this;
		};
	}
}
