package org.cityos.catalog.sharing;

/** Whether a grant lets its consumer read: only an {@link #ACTIVE} one does. */
public enum GrantState {
	/** 有效 */
	ACTIVE("有效"),
	/** 已撤销: the provider withdrew it, with a reason. */
	REVOKED("已撤销"),
	/** 已过期: its validity ended. */
	EXPIRED("已过期");

	private final String label;

	GrantState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
