package org.cityos.sensing.alerting;

/** Whether a rule fires when the judged value reaches its thresholds from below (ABOVE) or from above (BELOW). */
public enum Direction {
	ABOVE, BELOW
}
