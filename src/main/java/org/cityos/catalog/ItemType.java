package org.cityos.catalog;

/** The data type of an information item (信息项数据类型) and the PostgreSQL column that stores it. */
public enum ItemType {

	STRING("text"),
	INTEGER("bigint"),
	DECIMAL("numeric"),
	/** A calendar date, ISO (2026-11-24); also accepted as 20261124 or 2026/11/24. */
	DATE("date"),
	/** A date-time; without an offset it is read as Asia/Shanghai. */
	DATETIME("timestamptz"),
	BOOLEAN("boolean"),
	/** A GeoJSON geometry in WGS-84 / CGCS2000. */
	GEOMETRY("jsonb");

	private final String columnType;

	ItemType(String columnType) {
		this.columnType = columnType;
	}

	public String columnType() {
		return columnType;
	}
}
