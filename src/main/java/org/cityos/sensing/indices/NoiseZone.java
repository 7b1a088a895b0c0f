package org.cityos.sensing.indices;

/**
 * 声环境功能区 per GB 3096-2008 with its L_Aeq limits in dB(A), day (昼间 06–22) and night (夜间
 * 22–06): 0 recuperation areas, 1 residential, 2 mixed, 3 industrial, 4a along trunk roads and
 * inland waterways, 4b along railways.
 */
public enum NoiseZone {

	CLASS_0("0", 50, 40), CLASS_1("1", 55, 45), CLASS_2("2", 60, 50), CLASS_3("3", 65, 55), CLASS_4A("4a", 70, 55),
	CLASS_4B("4b", 70, 60);

	private final String code;

	private final int dayLimit;

	private final int nightLimit;

	NoiseZone(String code, int dayLimit, int nightLimit) {
		this.code = code;
		this.dayLimit = dayLimit;
		this.nightLimit = nightLimit;
	}

	/** "0", "1", "2", "3", "4a", "4b" (also accepts the enum name). */
	public static NoiseZone of(String code) {
		for (NoiseZone zone : values()) {
			if (zone.code.equalsIgnoreCase(code) || zone.name().equalsIgnoreCase(code)) {
				return zone;
			}
		}
		throw org.cityos.shared.InvalidInputException.ofField("zone", "not a GB 3096 zone class (0, 1, 2, 3, 4a, 4b): " + code);
	}

	public String code() {
		return code;
	}

	public int limit(NoisePeriod period) {
		return period == NoisePeriod.DAY ? dayLimit : nightLimit;
	}
}
