package org.cityos.directory.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated caller: a person (from an account) or a department system (from an API token). */
final class CityUser implements UserDetails, CityPrincipal, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final Set<Role> roles;

	private final @Nullable String departmentCode;

	private final boolean enabled;

	private final Instant authenticatedAt = Instant.now();

	CityUser(String username, String displayName, @Nullable String passwordHash, Set<Role> roles,
			@Nullable String departmentCode, boolean enabled) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = Set.copyOf(roles);
		this.departmentCode = departmentCode;
		this.enabled = enabled;
	}

	@Override
	public String username() {
		return username;
	}

	/** When this principal was built, i.e. when its session logged in. */
	Instant authenticatedAt() {
		return authenticatedAt;
	}

	String displayName() {
		return displayName;
	}

	@Override
	public Set<Role> roles() {
		return roles;
	}

	@Override
	public @Nullable String departmentCode() {
		return departmentCode;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "CityUser[" + username + " " + roles + " " + departmentCode + "]";
	}
}
