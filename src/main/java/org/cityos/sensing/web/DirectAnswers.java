package org.cityos.sensing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies read and answers written the way Spring MVC does it, for the SensorThings handlers that
 * skip its argument conversion and return-value handling (content negotiation, converter lookup):
 * on a latest-100 read or a single-observation post they cost more than the handler's own work.
 * SensorThings speaks JSON only, so there is nothing to negotiate.
 */
final class DirectAnswers {

	private DirectAnswers() {
	}

	/** What {@code @RequestBody JsonNode} does, with the same errors. */
	static JsonNode jsonBody(HttpServletRequest request) throws IOException {
		ServletServerHttpRequest message = new ServletServerHttpRequest(request);
		JsonNode body;
		try {
			body = JsonMapper.shared().readTree(request.getInputStream());
		}
		catch (JacksonException ex) {
			throw new HttpMessageNotReadableException("JSON parse error: " + ex.getOriginalMessage(), ex, message);
		}
		if (body == null || body.isMissingNode()) {
			throw new HttpMessageNotReadableException("Required request body is missing", message);
		}
		return body;
	}

	/** An answer as Spring MVC would write it, for the handlers that skip its return-value handling. */
	static void write(ResponseEntity<?> answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.getStatusCode().value());
		answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		Object body = answer.getBody();
		if (body == null) {
			return;
		}
		byte[] bytes;
		if (body instanceof String text) {
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			bytes = text.getBytes(StandardCharsets.UTF_8);
		}
		else {
			bytes = JsonMapper.shared().writeValueAsBytes(body);
			if (response.getContentType() == null) {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			}
		}
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}
}
