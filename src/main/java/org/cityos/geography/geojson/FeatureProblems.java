package org.cityos.geography.geojson;

import java.util.ArrayList;
import java.util.List;

import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;

/**
 * The problems found in one import, capped so that a hopeless file still gives a readable
 * answer. Collected first, thrown together: the sender fixes the file once, not once per error.
 */
public final class FeatureProblems {

	static final int MAX_LISTED = 50;

	private final List<FieldProblem> listed = new ArrayList<>();

	private int count;

	public void add(String field, String message) {
		count++;
		if (listed.size() < MAX_LISTED) {
			listed.add(new FieldProblem(field, message));
		}
	}

	public boolean isEmpty() {
		return count == 0;
	}

	/**
	 * @throws InvalidInputException naming the first problem and listing up to {@value #MAX_LISTED}
	 */
	public void throwIfAny(String what) {
		if (count == 0) {
			return;
		}
		String first = listed.get(0).message();
		String message = count == 1 ? what + " rejected: " + first
				: what + " rejected with " + count + " problems"
						+ (count > MAX_LISTED ? " (first " + MAX_LISTED + " listed)" : "") + "; first: " + first;
		throw new InvalidInputException(message, listed);
	}
}
