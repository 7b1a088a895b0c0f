package org.cityos.sensing.indices;

/**
 * The GB 3838-2002 basic items CityOS evaluates (mg/L), with the class I–V limits of
 * STANDARDS.md §5. Dissolved oxygen is the one where more is better (limit is a minimum).
 */
public enum WaterParameter {

	DISSOLVED_OXYGEN("溶解氧", true, new double[] { 7.5, 6, 5, 3, 2 }, null),
	PERMANGANATE_INDEX("高锰酸盐指数", false, new double[] { 2, 4, 6, 10, 15 }, null),
	CHEMICAL_OXYGEN_DEMAND("化学需氧量", false, new double[] { 15, 15, 20, 30, 40 }, null),
	AMMONIA_NITROGEN("氨氮", false, new double[] { 0.15, 0.5, 1.0, 1.5, 2.0 }, null),
	TOTAL_PHOSPHORUS("总磷", false, new double[] { 0.02, 0.1, 0.2, 0.3, 0.4 },
			new double[] { 0.01, 0.025, 0.05, 0.1, 0.2 });

	private final String chineseName;

	private final boolean higherIsBetter;

	private final double[] limits;

	private final double @org.jspecify.annotations.Nullable [] lakeLimits;

	WaterParameter(String chineseName, boolean higherIsBetter, double[] limits,
			double @org.jspecify.annotations.Nullable [] lakeLimits) {
		this.chineseName = chineseName;
		this.higherIsBetter = higherIsBetter;
		this.limits = limits;
		this.lakeLimits = lakeLimits;
	}

	public String chineseName() {
		return chineseName;
	}

	public boolean higherIsBetter() {
		return higherIsBetter;
	}

	/** Class I..V limits for the water body, a copy. */
	public double[] limits(WaterBody body) {
		return (body == WaterBody.LAKE_OR_RESERVOIR && lakeLimits != null ? lakeLimits : limits).clone();
	}

	/** The best class whose limit the value meets (limits inclusive); 劣V when it meets none. */
	public WaterClass classOf(double value, WaterBody body) {
		double[] bounds = body == WaterBody.LAKE_OR_RESERVOIR && lakeLimits != null ? lakeLimits : limits;
		for (int i = 0; i < bounds.length; i++) {
			if (higherIsBetter ? value >= bounds[i] : value <= bounds[i]) {
				return WaterClass.values()[i];
			}
		}
		return WaterClass.WORSE_THAN_V;
	}
}
