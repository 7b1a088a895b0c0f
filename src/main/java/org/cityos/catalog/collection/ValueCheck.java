package org.cityos.catalog.collection;

import org.jspecify.annotations.Nullable;

/**
 * Checks one non-blank value of an item and writes its stored form (normalised, COPY-escaped)
 * to the row being built. Works on a slice of the row's characters so that a valid value costs
 * no allocation; only a problem is an object.
 */
@FunctionalInterface
interface ValueCheck {

	/**
	 * @param chars the row's characters; the value is {@code chars[start, end)}, trimmed unless
	 *              the item is free text
	 * @return null when the value is valid and written, otherwise why not (the caller drops the row)
	 */
	@Nullable ValueProblem check(char[] chars, int start, int end, CopyText out);
}
