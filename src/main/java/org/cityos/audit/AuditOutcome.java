package org.cityos.audit;

/** How an audited action ended. */
public enum AuditOutcome {
	SUCCESS,
	/** Tried and failed: a wrong password, invalid input. */
	FAILURE,
	/** Refused for lack of rights. */
	DENIED
}
