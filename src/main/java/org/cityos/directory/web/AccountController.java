package org.cityos.directory.web;

import java.util.List;
import java.util.Set;

import org.cityos.directory.Account;
import org.cityos.directory.AccountAdministration;
import org.cityos.directory.Accounts;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Accounts of people: administered by the big data bureau's admins only. */
@RestController
@RequestMapping("/api/directory/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountController {

	private final Accounts accounts;

	private final AccountAdministration administration;

	AccountController(Accounts accounts, AccountAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	record NewAccount(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
			@NotBlank @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
			@NotNull Set<Role> roles, @Nullable String departmentCode, @Nullable List<String> gridCodes) {
	}

	record AccountChange(@NotBlank @Size(max = 100) String displayName, @NotNull Set<Role> roles,
			@Nullable String departmentCode, @Nullable List<String> gridCodes, boolean enabled) {
	}

	record NewPassword(@NotBlank @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password) {
	}

	@GetMapping
	PageResult<Account> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Role role, @RequestParam(required = false) @Nullable String department,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return accounts.search(q, role, department, new PageRequest(page, size));
	}

	@GetMapping("/{username}")
	Account one(@PathVariable String username) {
		return accounts.find(username).orElseThrow(() -> new NotFoundException("No account named '" + username + "'"));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Account open(@Valid @RequestBody NewAccount account) {
		return administration.open(account.username().trim(), account.displayName().trim(), account.password(),
				account.roles(), account.departmentCode(), account.gridCodes() == null ? List.of() : account.gridCodes());
	}

	@PutMapping("/{username}")
	Account change(@PathVariable String username, @Valid @RequestBody AccountChange change) {
		return administration.change(username, change.displayName().trim(), change.roles(), change.departmentCode(),
				change.gridCodes() == null ? List.of() : change.gridCodes(), change.enabled());
	}

	@PostMapping("/{username}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable String username, @Valid @RequestBody NewPassword password) {
		administration.resetPassword(username, password.password());
	}
}
