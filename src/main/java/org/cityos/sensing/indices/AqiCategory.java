package org.cityos.sensing.indices;

/** 空气质量指数类别: the six categories with their level (级别), range and colour (HJ 633 Table 2). */
public enum AqiCategory {

	EXCELLENT("优", "一级", "I", 0, 50, "#00E400"),
	GOOD("良", "二级", "II", 51, 100, "#FFFF00"),
	LIGHTLY_POLLUTED("轻度污染", "三级", "III", 101, 150, "#FF7E00"),
	MODERATELY_POLLUTED("中度污染", "四级", "IV", 151, 200, "#FF0000"),
	HEAVILY_POLLUTED("重度污染", "五级", "V", 201, 300, "#99004C"),
	SEVERELY_POLLUTED("严重污染", "六级", "VI", 301, Integer.MAX_VALUE, "#7E0023");

	private final String chineseName;

	private final String level;

	private final String roman;

	private final int lowest;

	private final int highest;

	private final String colour;

	AqiCategory(String chineseName, String level, String roman, int lowest, int highest, String colour) {
		this.chineseName = chineseName;
		this.level = level;
		this.roman = roman;
		this.lowest = lowest;
		this.highest = highest;
		this.colour = colour;
	}

	public static AqiCategory of(int aqi) {
		for (AqiCategory category : values()) {
			if (aqi <= category.highest) {
				return category;
			}
		}
		return SEVERELY_POLLUTED;
	}

	public String chineseName() {
		return chineseName;
	}

	public String level() {
		return level;
	}

	public String roman() {
		return roman;
	}

	/** The lowest AQI of the category: "category reached" means AQI ≥ this. */
	public int lowest() {
		return lowest;
	}

	public int highest() {
		return highest;
	}

	public String colour() {
		return colour;
	}
}
