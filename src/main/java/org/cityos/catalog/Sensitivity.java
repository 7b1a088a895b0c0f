package org.cityos.catalog;

/** How sensitive an item is; personal items are masked in exchange unless a grant allows them unmasked. */
public enum Sensitivity {
	/** Public information. */
	PUBLIC,
	/** For government use. */
	INTERNAL,
	/** 个人信息: masked in exchange unless granted unmasked. */
	PERSONAL,
	/** 敏感个人信息: masked in exchange unless granted unmasked; never open. */
	SENSITIVE_PERSONAL;

	public boolean personal() {
		return this == PERSONAL || this == SENSITIVE_PERSONAL;
	}
}
