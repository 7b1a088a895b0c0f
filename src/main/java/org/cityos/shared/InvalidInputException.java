package org.cityos.shared;

import java.util.List;

/**
 * Input that breaks a domain rule (an invalid code, a broken polygon, a date that does not
 * exist). Answered as 400 problem+json, listing each offending field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> fieldProblems;

	public InvalidInputException(String message) {
		this(message, List.of());
	}

	public InvalidInputException(String message, List<FieldProblem> fieldProblems) {
		super(message);
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public static InvalidInputException ofField(String field, String message) {
		return new InvalidInputException(field + ": " + message, List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** One offending field and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}
}
