package org.cityos.cases;

/** 好差评: the five-level satisfaction of a 回访 (STANDARDS §4). */
public enum Satisfaction {
	VERY_SATISFIED("非常满意"), SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意"),
	VERY_DISSATISFIED("非常不满意");

	private final String label;

	Satisfaction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Counted as satisfied in 满意率: the three upper levels. */
	public boolean satisfied() {
		return ordinal() <= BASICALLY_SATISFIED.ordinal();
	}
}
