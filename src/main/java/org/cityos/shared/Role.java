package org.cityos.shared;

/**
 * What a person or a machine may do in CityOS. Checked in {@code @PreAuthorize("hasRole('X')")}
 * on every endpoint. {@link #SYSTEM} is a department's system calling with an API token.
 */
public enum Role {
	/** 大数据局管理员: runs the catalog, directory and platform. */
	ADMIN,
	/** 城市领导: big screen, briefings, read-only across the city. */
	LEADER,
	/** 12345 / 指挥中心 operator. */
	OPERATOR,
	/** Department case handler (承办人). Belongs to a department. */
	HANDLER,
	/** 数据管理专员: a department's data steward. Belongs to a department. */
	STEWARD,
	/** 网格员: reports and verifies in the street. Belongs to a department and to grids. */
	GRID_WORKER,
	/** Reads the audit log. */
	AUDITOR,
	/** A department system authenticated by API token. Belongs to a department. */
	SYSTEM;

	/** Roles that only make sense inside a department. */
	public boolean requiresDepartment() {
		return this == HANDLER || this == STEWARD || this == GRID_WORKER || this == SYSTEM;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
