package org.cityos.shared;

/** Something asked for by code or id does not exist: answered as 404 problem+json. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
