package org.cityos.sensing.alerting;

/**
 * 告警状态: RAISED (new, nobody has it yet) → ACKNOWLEDGED (确认: someone on duty has it) →
 * RESOLVED (解除: the condition cleared, or a person closed it with a note). An escalation sends an
 * acknowledged alert back to RAISED; a resolved alert never reopens (a new one is raised).
 */
public enum AlertState {
	RAISED, ACKNOWLEDGED, RESOLVED
}
