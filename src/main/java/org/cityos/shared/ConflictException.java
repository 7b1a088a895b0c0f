package org.cityos.shared;

/**
 * The request is well formed but clashes with the current state: a duplicate code, a state
 * transition the aggregate refuses. Answered as 409 problem+json.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
