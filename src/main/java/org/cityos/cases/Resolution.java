package org.cityos.cases;

/** How a closed case ended. */
public enum Resolution {
	/** 直接答复: answered at intake (a consultation), never dispatched. */
	ANSWERED,
	/** Handled by a department, verified and closed. */
	HANDLED,
	/** Closed with the case it was merged into (重复件). */
	MERGED
}
