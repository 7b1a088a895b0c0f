package org.cityos.catalog.sharing;

/** Where a sharing request stands. A request is answered once; a later change of mind is a revocation of its grant. */
public enum RequestState {
	/** 待答复: waiting for the provider's steward. */
	REQUESTED("待答复"),
	/** 已同意: a grant was issued. */
	APPROVED("已同意"),
	/** 已拒绝: with the provider's reason. */
	REJECTED("已拒绝");

	private final String label;

	RequestState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
