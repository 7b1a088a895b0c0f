package org.cityos.sensing;

/** How an alert ended: its condition cleared, a person resolved it, or its rule was deleted or disabled. */
public enum AlertResolution {
	AUTO, MANUAL, RULE_WITHDRAWN
}
