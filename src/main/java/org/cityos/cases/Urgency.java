package org.cityos.cases;

/** 紧急程度: chooses the time limit together with the category. */
public enum Urgency {
	NORMAL("一般"), URGENT("紧急"), EMERGENCY("特急");

	private final String label;

	Urgency(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
