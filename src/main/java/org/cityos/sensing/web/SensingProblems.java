package org.cityos.sensing.web;

import org.cityos.sensing.sta.query.FilterSyntaxException;
import org.cityos.sensing.storage.IngestBusyException;
import org.cityos.sensing.storage.RejectedObservation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Sensing's own refusals as RFC 9457 problems (the platform answers the shared exceptions):
 * a query option that does not parse (400), an observation refused by validation (400), a batch
 * over the size limit (413), the writer's queue full (503 with Retry-After: the client should
 * retry, nothing was stored).
 */
@RestControllerAdvice(basePackageClasses = SensingProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SensingProblems {

	@ExceptionHandler(FilterSyntaxException.class)
	ResponseEntity<ProblemDetail> query(FilterSyntaxException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid query", ex.getMessage());
	}

	@ExceptionHandler(RejectedObservation.class)
	ResponseEntity<ProblemDetail> rejected(RejectedObservation ex) {
		return problem(HttpStatus.BAD_REQUEST, "Observation refused", ex.getMessage());
	}

	@ExceptionHandler(TooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(TooLarge ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Batch too large", ex.getMessage());
	}

	@ExceptionHandler(IngestBusyException.class)
	ResponseEntity<ProblemDetail> busy(IngestBusyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Ingestion busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A request with more observations than one request may carry. */
	static final class TooLarge extends RuntimeException {

		TooLarge(String message) {
			super(message);
		}
	}
}
