package org.cityos.geography;

import org.jspecify.annotations.Nullable;

/** A division without its polygon, as search results list it. */
public record DivisionSummary(DivisionCode code, String name, @Nullable DivisionCode parentCode) {

	public DivisionLevel level() {
		return code.level();
	}
}
