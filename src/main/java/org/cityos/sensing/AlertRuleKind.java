package org.cityos.sensing;

/** What an alert rule watches; carried by the alert events so that consumers can pick kinds (e.g. open a case). */
public enum AlertRuleKind {
	THRESHOLD, RATE_OF_CHANGE, NO_DATA, AQI_CATEGORY, WATER_CLASS_WORSE_THAN_TARGET, FORECAST_BREACH
}
