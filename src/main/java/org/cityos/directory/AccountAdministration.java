package org.cityos.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and changes accounts. Rules that must hold: usernames are lower-case and permanent;
 * department roles come with an existing department and city-wide roles come without one;
 * only grid workers have grids; SYSTEM is for API tokens, never for a person.
 */
@Service
public class AccountAdministration {

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

	private static final Pattern GRID_CODE = Pattern.compile("\\d{14,15}");

	private final Accounts accounts;

	private final Departments departments;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	/** An account's roles, department, state or password changed: its open sessions must end. */
	public record AccountChanged(String username) {
	}

	AccountAdministration(Accounts accounts, Departments departments, PasswordEncoder passwords, AuditLog audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.departments = departments;
		this.passwords = passwords;
		this.audit = audit;
	}

	@Transactional
	public Account open(String username, String displayName, String password, Set<Role> roles,
			@Nullable String departmentCode, List<String> gridCodes) {
		if (!USERNAME.matcher(username).matches()) {
			throw InvalidInputException.ofField("username",
					"must be 3–64 lower-case letters, digits, '.', '-' or '_', starting with a letter");
		}
		if (accounts.find(username).isPresent()) {
			throw new ConflictException("An account named '" + username + "' already exists");
		}
		Account account = new Account(username, displayName, Set.copyOf(roles), blankToNull(departmentCode),
				List.copyOf(gridCodes), true, Instant.now(), null);
		check(account);
		accounts.insert(account, passwords.encode(password));
		audit.record("directory.account.opened", username, AuditOutcome.SUCCESS, describe(account));
		return account;
	}

	@Transactional
	public Account change(String username, String displayName, Set<Role> roles, @Nullable String departmentCode,
			List<String> gridCodes, boolean enabled) {
		Account current = require(username);
		Account changed = new Account(username, displayName, Set.copyOf(roles), blankToNull(departmentCode),
				List.copyOf(gridCodes), enabled, current.createdAt(), current.lockedUntil());
		check(changed);
		accounts.update(changed);
		audit.record("directory.account.changed", username, AuditOutcome.SUCCESS, describe(changed));
		events.publishEvent(new AccountChanged(username));
		return changed;
	}

	@Transactional
	public void resetPassword(String username, String password) {
		require(username);
		accounts.changePassword(username, passwords.encode(password));
		audit.record("directory.account.password-reset", username, AuditOutcome.SUCCESS, null);
		events.publishEvent(new AccountChanged(username));
	}

	private Account require(String username) {
		return accounts.find(username).orElseThrow(() -> new NotFoundException("No account named '" + username + "'"));
	}

	private void check(Account account) {
		if (account.roles().isEmpty()) {
			throw InvalidInputException.ofField("roles", "at least one role is required");
		}
		if (account.roles().contains(Role.SYSTEM)) {
			throw InvalidInputException.ofField("roles", "SYSTEM is for department systems' API tokens, not for people");
		}
		boolean needsDepartment = account.roles().stream().anyMatch(Role::requiresDepartment);
		String department = account.departmentCode();
		if (needsDepartment && department == null) {
			throw InvalidInputException.ofField("departmentCode", "roles HANDLER, STEWARD and GRID_WORKER act for a department");
		}
		if (department != null && !departments.exists(department)) {
			throw InvalidInputException.ofField("departmentCode", "no department with code '" + department + "'");
		}
		if (!account.gridCodes().isEmpty() && !account.roles().contains(Role.GRID_WORKER)) {
			throw InvalidInputException.ofField("gridCodes", "only grid workers are assigned grids");
		}
		for (String grid : account.gridCodes()) {
			if (!GRID_CODE.matcher(grid).matches()) {
				throw InvalidInputException.ofField("gridCodes", "'" + grid + "' is not a 14- or 15-digit unit grid code");
			}
		}
	}

	private static String describe(Account account) {
		return "roles=" + account.roles() + " department=" + account.departmentCode() + " enabled=" + account.enabled();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
