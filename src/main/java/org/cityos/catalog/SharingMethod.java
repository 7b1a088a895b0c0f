package org.cityos.catalog;

/** 共享方式 */
public enum SharingMethod {
	/** 共享平台方式: through the exchange API. */
	PLATFORM("共享平台方式"),
	/** 邮件方式 */
	EMAIL("邮件方式"),
	/** 介质方式 */
	MEDIUM("介质方式");

	private final String label;

	SharingMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
