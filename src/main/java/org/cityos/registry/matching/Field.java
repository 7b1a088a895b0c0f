package org.cityos.registry.matching;

/** The fields compared between two person records. */
public enum Field {
	/** 姓名 */
	NAME,
	/** 出生日期 */
	BIRTH_DATE,
	/** 性别 */
	SEX,
	/** 住址 */
	ADDRESS,
	/** 联系电话 */
	PHONE
}
