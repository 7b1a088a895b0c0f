package org.cityos.directory;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.cityos.platform.CityOsProperties;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, an empty directory gets one administrator, {@code admin}: with the
 * password from {@code CITYOS_ADMIN_PASSWORD}, or a generated one printed once to the log. No
 * account ever has a known default password.
 */
@Component
class FirstAdmin {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final CityOsProperties properties;

	private final Accounts accounts;

	private final AccountAdministration administration;

	private final @Nullable String configuredPassword;

	FirstAdmin(CityOsProperties properties, Accounts accounts, AccountAdministration administration,
			@Value("${CITYOS_ADMIN_PASSWORD:}") @Nullable String configuredPassword) {
		this.properties = properties;
		this.accounts = accounts;
		this.administration = administration;
		this.configuredPassword = configuredPassword;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createWhenDirectoryIsEmpty() {
		if (properties.demoMode() || accounts.count() > 0) {
			return;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		administration.open("admin", "Administrator", password, Set.of(Role.ADMIN), null, List.of());
		if (generated) {
			log.warn("""

					==========================================================
					 First administrator created: admin / {}
					 This password is shown only now. Change it after login.
					==========================================================""", password);
		}
		else {
			log.info("First administrator 'admin' created with the password from CITYOS_ADMIN_PASSWORD");
		}
	}

	private static String generate() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}
}
