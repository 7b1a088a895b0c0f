package org.cityos.cases;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A node of the category tree: a major class (no parent) or a minor class under it. Cases are
 * filed under minor classes (leaves); {@code aliases} are other accepted codes (the 2026 scheme's).
 */
public record Category(String code, @Nullable String parentCode, CategoryKind kind, String name,
		@Nullable String description, @Nullable String keywords, boolean active, int position, List<String> aliases) {

	public boolean isMajor() {
		return parentCode == null;
	}
}
