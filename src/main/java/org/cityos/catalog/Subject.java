package org.cityos.catalog;

/** The base resource a catalog entry belongs to (基础信息资源), or a thematic one. */
public enum Subject {
	/** 人口 */
	POPULATION("人口"),
	/** 法人 */
	LEGAL_ENTITY("法人"),
	/** 自然资源和空间地理 */
	SPATIAL("空间地理"),
	/** 宏观经济 */
	MACRO_ECONOMY("宏观经济"),
	/** 社会信用 */
	CREDIT("信用"),
	/** 电子证照 */
	E_LICENSE("电子证照"),
	/** 主题信息资源 */
	THEMATIC("专题");

	private final String label;

	Subject(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
