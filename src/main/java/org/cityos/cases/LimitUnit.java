package org.cityos.cases;

/** How a time limit counts: clock hours, office hours of working days, or working days. */
public enum LimitUnit {
	HOURS, WORKING_HOURS, WORKING_DAYS
}
