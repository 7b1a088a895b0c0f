package org.cityos.directory.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refusals made by the security filters (before any controller runs) as problem+json:
 * 401 for missing or bad credentials, 429 with Retry-After for throttled logins, 403 for a
 * missing CSRF token or a forbidden URL. No WWW-Authenticate: Basic challenge is sent, so
 * browsers never cache Basic credentials (which would make CSRF-free Basic requests unsafe).
 */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof LoginThrottledException throttled) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
			write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", ex.getMessage());
			return;
		}
		String detail = ex instanceof InvalidTokenException ? ex.getMessage()
				: request.getHeader("Authorization") != null ? "The credentials sent are not valid."
				: "Log in or send an API token to use this endpoint.";
		write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String detail = ex instanceof CsrfException
				? "Missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."
				: "Your role or department may not do this.";
		write(response, HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
