package org.cityos.cases;

/** 诉求类型 of a 12345 call (国办发〔2020〕53号): what the caller wants. */
public enum HotlineType {
	CONSULTATION("咨询"), HELP("求助"), COMPLAINT("投诉"), REPORT("举报"), SUGGESTION("建议");

	private final String label;

	HotlineType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A consultation or a suggestion may come without a place; everything else needs one. */
	public boolean needsLocation() {
		return this != CONSULTATION && this != SUGGESTION;
	}
}
