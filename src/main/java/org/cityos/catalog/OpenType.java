package org.cityos.catalog;

/** 开放属性: whether the public may read it. 不予共享 implies 不予开放. */
public enum OpenType {
	/** 无条件开放: readable by anyone under /open. */
	UNCONDITIONAL("无条件开放"),
	/** 有条件开放 */
	CONDITIONAL("有条件开放"),
	/** 不予开放 */
	NOT_OPEN("不予开放");

	private final String label;

	OpenType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
