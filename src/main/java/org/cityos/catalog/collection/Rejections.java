package org.cityos.catalog.collection;

import org.jspecify.annotations.Nullable;

/** Where the problems of rejected rows go: the delivery report (or a test's list). */
@FunctionalInterface
interface Rejections {

	/**
	 * @param row   the line where the record starts (a CSV header is line 1)
	 * @param item  the item at fault, or null for the row as a whole
	 * @param value the value as delivered, if any
	 */
	void reject(long row, @Nullable String item, ValueProblem problem, @Nullable String value);
}
