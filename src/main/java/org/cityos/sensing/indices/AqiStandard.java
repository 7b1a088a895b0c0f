package org.cityos.sensing.indices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The two versions of 环境空气质量指数（AQI）技术规定: HJ 633-2012, replaced by HJ 633—2026 for
 * data of 2026-03-01 and later (China time). Breakpoints per STANDARDS.md §5; the 2026 version
 * moves the IAQI-100 breakpoints of PM2.5 (75 → 60) and PM10 (150 → 120) and rounds the inputs
 * before computing (integers, CO one decimal; GB/T 8170 rounding, half to even). Both versions
 * round IAQI up to an integer (进位取整). The 2026 changes are recorded as *unconfirmed* in
 * STANDARDS.md: they are data here, so a correction is a change of this table only.
 */
public enum AqiStandard {

	HJ_633_2012("HJ 633-2012", LocalDate.of(2012, 2, 29), false, 75, 150),
	HJ_633_2026("HJ 633—2026", LocalDate.of(2026, 3, 1), true, 60, 120);

	/** Data is dated in China time: the switch is at 2026-03-01T00:00+08:00. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** IAQI values at the breakpoints, the rows of the table. */
	static final int[] INDEX_LEVELS = { 0, 50, 100, 150, 200, 300, 400, 500 };

	private static final double NONE = Double.NaN;

	private final String code;

	private final LocalDate effectiveFrom;

	private final boolean roundsInputs;

	private final Map<AqiItem, double[]> breakpoints = new EnumMap<>(AqiItem.class);

	AqiStandard(String code, LocalDate effectiveFrom, boolean roundsInputs, double pm25At100, double pm10At100) {
		this.code = code;
		this.effectiveFrom = effectiveFrom;
		this.roundsInputs = roundsInputs;
		breakpoints.put(AqiItem.SO2_24H, new double[] { 0, 50, 150, 475, 800, 1600, 2100, 2620 });
		breakpoints.put(AqiItem.SO2_1H, new double[] { 0, 150, 500, 650, 800, NONE, NONE, NONE });
		breakpoints.put(AqiItem.NO2_24H, new double[] { 0, 40, 80, 180, 280, 565, 750, 940 });
		breakpoints.put(AqiItem.NO2_1H, new double[] { 0, 100, 200, 700, 1200, 2340, 3090, 3840 });
		breakpoints.put(AqiItem.PM10_24H, new double[] { 0, 50, pm10At100, 250, 350, 420, 500, 600 });
		breakpoints.put(AqiItem.CO_24H, new double[] { 0, 2, 4, 14, 24, 36, 48, 60 });
		breakpoints.put(AqiItem.CO_1H, new double[] { 0, 5, 10, 35, 60, 90, 120, 150 });
		breakpoints.put(AqiItem.O3_1H, new double[] { 0, 160, 200, 300, 400, 800, 1000, 1200 });
		breakpoints.put(AqiItem.O3_8H, new double[] { 0, 100, 160, 215, 265, 800, NONE, NONE });
		breakpoints.put(AqiItem.PM2_5_24H, new double[] { 0, 35, pm25At100, 115, 150, 250, 350, 500 });
	}

	/** The version that applies to data of this (China) date. */
	public static AqiStandard forDate(LocalDate date) {
		return date.isBefore(HJ_633_2026.effectiveFrom) ? HJ_633_2012 : HJ_633_2026;
	}

	public static AqiStandard at(Instant time) {
		return forDate(time.atZone(CHINA).toLocalDate());
	}

	public String code() {
		return code;
	}

	public LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	public boolean roundsInputs() {
		return roundsInputs;
	}

	/** The concentration column of an item (NaN where the table has "—"), a copy. */
	public double[] breakpoints(AqiItem item) {
		return breakpoints.get(item.breakpointsOf()).clone();
	}

	/** The concentration as this version evaluates it: rounded first in 2026, as given before. */
	public double evaluated(AqiItem item, double concentration) {
		if (!roundsInputs) {
			return concentration;
		}
		return BigDecimal.valueOf(concentration).setScale(item.pollutant().decimals(), RoundingMode.HALF_EVEN).doubleValue();
	}

	/**
	 * IAQI = (IAQI_hi − IAQI_lo)/(BP_hi − BP_lo)·(C − BP_lo) + IAQI_lo, rounded up; 500 at and
	 * above the last breakpoint. Empty when the concentration lies beyond a column that ends
	 * early (SO2 1h above 800, O3 8h above 800): the caller then uses the fallback item.
	 */
	public OptionalInt subIndex(AqiItem item, double concentration) {
		double[] column = breakpoints.get(item.breakpointsOf());
		double c = evaluated(item, concentration);
		for (int i = 1; i < column.length; i++) {
			if (Double.isNaN(column[i])) {
				return OptionalInt.empty();
			}
			if (c <= column[i]) {
				double raw = (double) (INDEX_LEVELS[i] - INDEX_LEVELS[i - 1]) / (column[i] - column[i - 1])
						* (c - column[i - 1]) + INDEX_LEVELS[i - 1];
				return OptionalInt.of(roundUp(raw));
			}
		}
		return OptionalInt.of(500);
	}

	/** Ceiling that ignores floating-point dust: 100.00000000001 is 100, not 101. */
	static int roundUp(double raw) {
		return (int) Math.ceil(raw - 1e-9);
	}
}
