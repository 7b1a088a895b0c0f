package org.cityos.directory;

import org.jspecify.annotations.Nullable;

/**
 * A department of the city (部门): it provides and consumes data, handles cases, owns systems.
 * Identified by a short stable code; the parent forms the city's organisation tree.
 */
public record Department(String code, String name, @Nullable String parentCode, DepartmentKind kind) {
}
