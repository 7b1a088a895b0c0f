package org.cityos.directory.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is unknown, expired or revoked. */
class InvalidTokenException extends AuthenticationException {

	InvalidTokenException(String message) {
		super(message);
	}
}
