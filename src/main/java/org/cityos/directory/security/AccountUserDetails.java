package org.cityos.directory.security;

import java.util.Locale;

import org.cityos.directory.Account;
import org.cityos.directory.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a person's account for password authentication. */
@Component
class AccountUserDetails implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = username.trim().toLowerCase(Locale.ROOT);
		Account account = accounts.find(name).orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
		return new CityUser(account.username(), account.displayName(), accounts.passwordHash(name).orElse(null), account.roles(),
				account.departmentCode(), account.enabled());
	}
}
