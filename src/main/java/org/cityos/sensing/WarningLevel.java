package org.cityos.sensing;

/**
 * 预警级别: the four colours of Chinese early warnings, from the least to the most severe:
 * 蓝 (IV), 黄 (III), 橙 (II), 红 (I). Ordered so that {@code compareTo} means "more severe".
 */
public enum WarningLevel {

	BLUE("蓝色", "IV"), YELLOW("黄色", "III"), ORANGE("橙色", "II"), RED("红色", "I");

	private final String chineseName;

	private final String grade;

	WarningLevel(String chineseName, String grade) {
		this.chineseName = chineseName;
		this.grade = grade;
	}

	public String chineseName() {
		return chineseName;
	}

	/** Ⅳ级 … Ⅰ级 as written in contingency plans. */
	public String grade() {
		return grade;
	}

	public boolean above(WarningLevel other) {
		return compareTo(other) > 0;
	}
}
