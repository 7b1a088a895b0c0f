package org.cityos.catalog;

/**
 * 共享类型 (国发〔2016〕51号, 政务数据共享条例). Sharing is the rule: 有条件共享 needs its condition
 * stated, 不予共享 its legal basis.
 */
public enum SharingType {
	/** 无条件共享: every government department may use it; requests are granted at once. */
	UNCONDITIONAL("无条件共享"),
	/** 有条件共享: named departments or part of the data; the provider approves each request. */
	CONDITIONAL("有条件共享"),
	/** 不予共享: cannot be requested; the legal basis is shown instead. */
	NOT_SHARED("不予共享");

	private final String label;

	SharingType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean needsCondition() {
		return this != UNCONDITIONAL;
	}
}
