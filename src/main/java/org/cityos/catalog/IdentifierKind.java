package org.cityos.catalog;

/** Identifiers whose check digits a delivery validates (GB 11643, GB 32100) or that are normalised (phones). */
public enum IdentifierKind {
	/** 居民身份证号码, GB 11643-1999 (15-digit legacy numbers are converted). */
	CITIZEN_ID,
	/** 统一社会信用代码, GB 32100-2015 */
	CREDIT_CODE,
	/** A mainland mobile or fixed-line number. */
	PHONE,
	NONE
}
