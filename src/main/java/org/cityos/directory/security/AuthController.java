package org.cityos.directory.security;

import java.util.Set;

import org.cityos.audit.AuditActor;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.directory.Department;
import org.cityos.directory.Departments;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Session login for the UI. A successful login gets a new session id (no fixation) and a new
 * CSRF token; failures answer 401, throttled names 429 with Retry-After.
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final AuthenticationManager authentication;

	private final HttpSessionSecurityContextRepository contexts;

	private final CookieCsrfTokenRepository csrfTokens;

	private final Departments departments;

	private final AuditLog audit;

	AuthController(AuthenticationManager authentication, HttpSessionSecurityContextRepository contexts,
			CookieCsrfTokenRepository csrfTokens, Departments departments, AuditLog audit) {
		this.authentication = authentication;
		this.contexts = contexts;
		this.csrfTokens = csrfTokens;
		this.departments = departments;
		this.audit = audit;
	}

	record Login(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {
	}

	record Me(String username, String displayName, Set<Role> roles, @Nullable String departmentCode,
			@Nullable String departmentName) {
	}

	@PostMapping("/login")
	@PreAuthorize("permitAll()")
	ResponseEntity<?> login(@Valid @RequestBody Login login, HttpServletRequest request, HttpServletResponse response) {
		Authentication result;
		try {
			result = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(login.username().trim(), login.password()));
		}
		catch (LoginThrottledException ex) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
				.body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", ex.getMessage()));
		}
		catch (AuthenticationException ex) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(problem(HttpStatus.UNAUTHORIZED, "Login failed", "Wrong username or password."));
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(result);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
		CityUser user = (CityUser) result.getPrincipal();
		audit.record(AuditActor.of(user), "auth.login", user.username(), AuditOutcome.SUCCESS, null);
		return ResponseEntity.ok(me(user));
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	@GetMapping("/me")
	@PreAuthorize("isAuthenticated()")
	Me me(@AuthenticationPrincipal CityUser user) {
		String department = user.departmentCode();
		return new Me(user.username(), user.displayName(), user.roles(), department,
				department == null ? null : departments.find(department).map(Department::name).orElse(null));
	}
}
