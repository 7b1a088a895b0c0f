package org.cityos.registry.matching;

/** What the total weight of the best candidate decides. */
public enum Decision {
	/** At or above the upper threshold: the same person, linked automatically. */
	MATCH,
	/** Between the thresholds: a data steward (数据管理专员) decides. */
	REVIEW,
	/** Below the lower threshold, or no candidate at all: a person the reference set does not hold. */
	NON_MATCH
}
