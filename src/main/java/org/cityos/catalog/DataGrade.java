package org.cityos.catalog;

/** 数据分级. Classified (涉密) data never enters the platform, so it has no grade here. */
public enum DataGrade {
	/** 一般数据 */
	GENERAL("一般"),
	/** 重要数据 */
	IMPORTANT("重要"),
	/** 核心数据 */
	CORE("核心");

	private final String label;

	DataGrade(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
