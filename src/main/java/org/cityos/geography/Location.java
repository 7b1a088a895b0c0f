package org.cityos.geography;

/**
 * Where a point lies in the city: its unit grid (单元网格) and the community, street and
 * district that grid belongs to. Every case, sensor and report is placed by this answer.
 */
public record Location(DivisionReference grid, DivisionReference community, DivisionReference street,
		DivisionReference district) {
}
