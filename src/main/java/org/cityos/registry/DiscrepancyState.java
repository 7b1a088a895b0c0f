package org.cityos.registry;

/**
 * A discrepancy's life: OPEN when found, CONFIRMED or DISPUTED by the providing department,
 * RESOLVED by arbitration, CLOSED when a comparison no longer finds the disagreement.
 * OPEN, CONFIRMED and DISPUTED are live: a comparison updates them instead of opening another.
 */
public enum DiscrepancyState {
	OPEN, CONFIRMED, DISPUTED, RESOLVED, CLOSED
}
