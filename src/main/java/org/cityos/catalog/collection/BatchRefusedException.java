package org.cityos.catalog.collection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A batch refused as a whole (bad header, wrong encoding, empty, too large): nothing of it was
 * stored. Answered as problem+json with the status given and, once the delivery was recorded,
 * its {@code deliveryId}; bad columns are listed in {@code errors} like other field problems.
 */
public class BatchRefusedException extends ErrorResponseException {

	private final String detail;

	public BatchRefusedException(HttpStatus status, String detail) {
		this(status, detail, List.of(), null);
	}

	public BatchRefusedException(HttpStatus status, String detail, List<Map<String, String>> errors,
			@Nullable UUID deliveryId) {
		super(status, body(status, detail, errors, deliveryId), null);
		this.detail = detail;
	}

	static BatchRefusedException badColumns(String detail, Map<String, String> problemsByColumn) {
		List<Map<String, String>> errors = problemsByColumn.entrySet().stream().map(e -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("field", e.getKey());
			error.put("message", e.getValue());
			return error;
		}).toList();
		return new BatchRefusedException(HttpStatus.BAD_REQUEST, detail, errors, null);
	}

	/** The same refusal, naming the delivery that recorded it. */
	@SuppressWarnings("unchecked")
	BatchRefusedException of(UUID deliveryId) {
		Map<String, Object> properties = getBody().getProperties();
		List<Map<String, String>> errors = properties == null || properties.get("errors") == null ? List.of()
				: (List<Map<String, String>>) properties.get("errors");
		return new BatchRefusedException(HttpStatus.valueOf(getStatusCode().value()), detail, errors, deliveryId);
	}

	public int status() {
		return getStatusCode().value();
	}

	public String detail() {
		return detail;
	}

	@Override
	public String getMessage() {
		return status() + " " + detail;
	}

	private static ProblemDetail body(HttpStatus status, String detail, List<Map<String, String>> errors,
			@Nullable UUID deliveryId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(switch (status) {
			case PAYLOAD_TOO_LARGE -> "Batch too large";
			case UNSUPPORTED_MEDIA_TYPE -> "Unsupported batch format";
			default -> "Batch refused";
		});
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		if (deliveryId != null) {
			problem.setProperty("deliveryId", deliveryId.toString());
		}
		return problem;
	}
}
