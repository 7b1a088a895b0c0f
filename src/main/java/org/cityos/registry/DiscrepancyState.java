package org.cityos.registry;

/**
 * A discrepancy's life: OPEN when found; the providing department CONFIRMs its value wrong (it
 * must correct it in a delivery) or DISPUTEs it with evidence; the big data bureau arbitrates a
 * dispute: the provider right → RESOLVED (and the authority gets an AUTHORITY_WRONG item), the
 * authority right → CONFIRMED. CLOSED when a comparison no longer finds the disagreement.
 * OPEN, CONFIRMED and DISPUTED are live: a comparison updates them instead of opening another.
 */
public enum DiscrepancyState {
	OPEN, CONFIRMED, DISPUTED, RESOLVED, CLOSED;

	public boolean live() {
		return this == OPEN || this == CONFIRMED || this == DISPUTED;
	}
}
