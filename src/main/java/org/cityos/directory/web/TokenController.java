package org.cityos.directory.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cityos.directory.ApiToken;
import org.cityos.directory.ApiTokens;
import org.cityos.directory.TokenAdministration;
import org.cityos.directory.TokenAdministration.IssuedToken;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * API tokens of department systems. Admins manage every department's tokens; a department's
 * data steward manages its own department's only.
 */
@RestController
@RequestMapping("/api/directory/tokens")
@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
class TokenController {

	private final ApiTokens tokens;

	private final TokenAdministration administration;

	TokenController(ApiTokens tokens, TokenAdministration administration) {
		this.tokens = tokens;
		this.administration = administration;
	}

	record NewToken(@NotBlank @Size(max = 32) String departmentCode, @NotBlank @Size(max = 100) String name,
			@Nullable @Min(1) @Max(730) Integer validDays) {
	}

	/** A token as listed; {@code token} is present only in the answer that issues it. */
	record TokenView(UUID id, String name, String departmentCode, String prefix, Instant createdAt, String createdBy,
			Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt, @Nullable String token) {

		static TokenView of(ApiToken t, @Nullable String secret) {
			return new TokenView(t.id(), t.name(), t.departmentCode(), t.prefix(), t.createdAt(), t.createdBy(),
					t.expiresAt(), t.revokedAt(), t.lastUsedAt(), secret);
		}
	}

	@GetMapping
	List<TokenView> list(@RequestParam(required = false) @Nullable String department,
			@AuthenticationPrincipal CityPrincipal caller) {
		String scope = caller.hasRole(Role.ADMIN) ? blankToNull(department) : caller.departmentCode();
		if (!caller.hasRole(Role.ADMIN) && (scope == null || department != null && !department.equals(scope))) {
			throw new AccessDeniedException("Stewards see their own department's tokens only");
		}
		return tokens.list(scope).stream().map(t -> TokenView.of(t, null)).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TokenView issue(@Valid @RequestBody NewToken request, @AuthenticationPrincipal CityPrincipal caller) {
		requireOwnDepartment(caller, request.departmentCode());
		IssuedToken issued = administration.issue(request.departmentCode(), request.name(),
				Objects.requireNonNullElse(request.validDays(), 365), caller.username());
		return TokenView.of(issued.token(), issued.secret());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id, @AuthenticationPrincipal CityPrincipal caller) {
		ApiToken token = tokens.find(id).orElseThrow(() -> new NotFoundException("No API token with id " + id));
		requireOwnDepartment(caller, token.departmentCode());
		administration.revoke(id, caller.username());
	}

	private static void requireOwnDepartment(CityPrincipal caller, String departmentCode) {
		if (!caller.hasRole(Role.ADMIN) && !departmentCode.equals(caller.departmentCode())) {
			throw new AccessDeniedException("Stewards manage their own department's tokens only");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
