package org.cityos.platform.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error the API answers is RFC 9457 {@code application/problem+json} with a message a
 * person can act on and, for bad input, an {@code errors} list of {@code {field, message}}.
 * A 500 is a bug: it is logged with a reference the problem repeats, and says nothing more.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", "Already exists: " + constraintDetail(ex));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage());
		if (!ex.fieldProblems().isEmpty()) {
			problem.setProperty("errors", ex.fieldProblems().stream().map(p -> fieldError(p.field(), p.message())).toList());
		}
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations().stream()
			.map(v -> fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", summary(errors));
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Method security refuses inside the controller; the filter chain never sees it, so the
	 * answer is decided here: 401 for nobody logged in, 403 for the wrong role or department.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Log in or send an API token to use this endpoint.");
		}
		String detail = "Access denied".equals(ex.getMessage()) || ex.getMessage() == null
				? "Your role or department may not do this." : ex.getMessage();
		return problem(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected error, reference {}", reference, ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; nothing was changed. Reference: " + reference);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(this::fieldError)
			.collect(Collectors.toList());
		ex.getBindingResult().getGlobalErrors()
			.forEach(e -> errors.add(fieldError(e.getObjectName(), String.valueOf(e.getDefaultMessage()))));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", summary(errors));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> fieldError(result.getMethodParameter().getParameterName(),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", summary(errors));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		Class<?> type = ex.getRequiredType();
		String expected = type == null ? "another type" : describe(type);
		String message = "'" + ex.getValue() + "' is not " + expected;
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", name + ": " + message);
		problem.setProperty("errors", List.of(fieldError(name, message)));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body", unreadableDetail(ex));
		if (ex.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
			problem.setProperty("errors", List.of(fieldError(path(invalid), invalidValue(invalid))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring's own MVC errors (405, 406, 415, missing parameters) keep their status and gain a title.
		if (body instanceof ProblemDetail problem && problem.getTitle() == null) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			problem.setTitle(status == null ? "Error" : status.getReasonPhrase());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static String unreadableDetail(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + unknown.getPropertyName() + "'";
		}
		if (cause instanceof InvalidFormatException invalid) {
			return path(invalid) + ": " + invalidValue(invalid);
		}
		if (cause instanceof JacksonException jackson) {
			var location = jackson.getLocation();
			String where = location == null || location.getLineNr() < 0 ? ""
					: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
			String field = jackson.getPath().isEmpty() ? "" : path(jackson) + ": ";
			return field + "the body is not valid JSON for this request" + where + ": " + jackson.getOriginalMessage();
		}
		return cause == null ? "The request body is missing or unreadable." : "The request body is unreadable: " + cause.getMessage();
	}

	private static String invalidValue(InvalidFormatException invalid) {
		Class<?> target = invalid.getTargetType();
		return "'" + invalid.getValue() + "' is not " + (target == null ? "valid" : describe(target));
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		return switch (type.getSimpleName()) {
			case "double", "Double", "float", "Float", "BigDecimal" -> "a number";
			case "int", "Integer", "long", "Long" -> "a whole number";
			case "boolean", "Boolean" -> "true or false";
			case "LocalDate" -> "a date (YYYY-MM-DD)";
			case "Instant", "OffsetDateTime", "ZonedDateTime" -> "a date-time with offset (e.g. 2026-11-24T09:00:00+08:00)";
			case "YearMonth" -> "a month (YYYY-MM)";
			default -> "a valid " + type.getSimpleName();
		};
	}

	private static String path(JacksonException ex) {
		return ex.getPath().stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining(".")).replace(".[", "[");
	}

	private Map<String, String> fieldError(FieldError error) {
		String message = error.getDefaultMessage();
		if (error.isBindingFailure()) {
			message = "'" + error.getRejectedValue() + "' is not a valid value";
		}
		return fieldError(error.getField(), String.valueOf(message));
	}

	private static Map<String, String> fieldError(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	private static String summary(List<Map<String, String>> errors) {
		return errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; "));
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static String constraintDetail(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		int detail = message.indexOf("Detail:");
		return detail < 0 ? "a record with the same key" : message.substring(detail + 7).trim();
	}

	static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		return problem;
	}
}
