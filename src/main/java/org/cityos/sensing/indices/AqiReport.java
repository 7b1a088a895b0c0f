package org.cityos.sensing.indices;

import java.util.List;
import java.util.Set;

/**
 * 实时报 (hourly real-time) or 日报 (daily): which items enter the AQI. Follows HJ 633 as
 * implemented by the monitoring centre's published calculator (coeusite/cnemc_calculator: hourly
 * SO2, SO2_24H, NO2, PM10, CO, O3, PM_25; daily SO2, NO2, PM10, CO, O3, O3_8H, PM_25).
 */
public enum AqiReport {

	/**
	 * Hourly: the 1-hour items; PM10 and PM2.5 1-hour values against the 24-hour breakpoints
	 * (when a 1-hour PM value is missing, its 24-hour moving average stands in); SO2 24h is
	 * accepted only as the fallback for SO2 1h above 800 µg/m³.
	 */
	HOURLY(List.of(AqiItem.SO2_1H, AqiItem.NO2_1H, AqiItem.PM10_1H, AqiItem.CO_1H, AqiItem.O3_1H, AqiItem.PM2_5_1H),
			Set.of(AqiItem.SO2_24H, AqiItem.PM10_24H, AqiItem.PM2_5_24H)),
	/**
	 * Daily: 24-hour averages, ozone's daily 1-hour maximum and 8-hour moving maximum; O3 8h above
	 * 800 µg/m³ is not indexed, ozone then counts with its 1-hour value.
	 */
	DAILY(List.of(AqiItem.SO2_24H, AqiItem.NO2_24H, AqiItem.PM10_24H, AqiItem.CO_24H, AqiItem.O3_1H, AqiItem.O3_8H,
			AqiItem.PM2_5_24H), Set.of());

	private final List<AqiItem> items;

	private final Set<AqiItem> fallbacks;

	AqiReport(List<AqiItem> items, Set<AqiItem> fallbacks) {
		this.items = items;
		this.fallbacks = fallbacks;
	}

	public List<AqiItem> items() {
		return items;
	}

	public boolean accepts(AqiItem item) {
		return items.contains(item) || fallbacks.contains(item);
	}
}
