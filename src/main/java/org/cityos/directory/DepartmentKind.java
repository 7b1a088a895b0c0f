package org.cityos.directory;

/** What kind of body a department is. */
public enum DepartmentKind {
	/** 市直委办局: a municipal bureau or commission (公安局, 民政局, ...). */
	MUNICIPAL_BUREAU,
	/** 区县政府 */
	DISTRICT_GOVERNMENT,
	/** 街道办事处 / 镇政府 */
	STREET_OFFICE,
	/** 公共事业单位: water, power, gas, heating companies. */
	PUBLIC_UTILITY,
	OTHER
}
