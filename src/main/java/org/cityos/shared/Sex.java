package org.cityos.shared;

/** 性别 as the citizen ID number records it: the sequence's last digit is odd for 男, even for 女. */
public enum Sex {
	/** 男 */
	MALE,
	/** 女 */
	FEMALE
}
