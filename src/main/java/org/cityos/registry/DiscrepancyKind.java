package org.cityos.registry;

/** What disagrees. */
public enum DiscrepancyKind {
	/** A source's value differs from the authoritative one. */
	VALUE_CONFLICT,
	/** A source holds a key the registry's key resource does not. */
	MISSING_FROM_AUTHORITY,
	/** 卫健委 recorded the person dead; the source still holds them. */
	DEAD_BUT_ALIVE_ELSEWHERE,
	/**
	 * Arbitration found the authoritative source wrong: a work item of the authority's department,
	 * closed once the authoritative source holds the expected value.
	 */
	AUTHORITY_WRONG
}
