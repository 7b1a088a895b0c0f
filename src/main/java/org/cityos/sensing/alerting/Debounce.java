package org.cityos.sensing.alerting;

import org.cityos.sensing.WarningLevel;
import org.jspecify.annotations.Nullable;

/**
 * Turns the level a rule's condition reaches at each observation ("raw") into alert decisions:
 * raise or escalate once a level held for the minimum duration; lower or resolve once the value
 * stayed below the active level for the clear duration. Pure function of the state and the step.
 */
final class Debounce {

	/** The decision of one step. */
	enum Decision {
		NONE, RAISE, CHANGE, RESOLVE
	}

	private Debounce() {
	}

	static Decision step(RuleState state, long now, @Nullable WarningLevel raw, long minimumMillis, long clearMillis) {
		WarningLevel[] levels = WarningLevel.values();
		for (WarningLevel level : levels) {
			if (raw != null && raw.compareTo(level) >= 0) {
				if (state.heldSince[level.ordinal()] == RuleState.NEVER) {
					state.heldSince[level.ordinal()] = now;
				}
			}
			else {
				state.heldSince[level.ordinal()] = RuleState.NEVER;
			}
		}
		if (state.rearm) {
			if (raw == null) {
				state.rearm = false;
			}
			return Decision.NONE;
		}
		WarningLevel target = null;
		for (int i = levels.length - 1; i >= 0 && target == null; i--) {
			long since = state.heldSince[i];
			if (since != RuleState.NEVER && now - since >= minimumMillis) {
				target = levels[i];
			}
		}
		WarningLevel active = state.active;
		if (active == null) {
			if (target == null) {
				return Decision.NONE;
			}
			state.active = target;
			state.belowSince = RuleState.NEVER;
			return Decision.RAISE;
		}
		if (target != null && target.above(active)) {
			state.active = target;
			state.belowSince = RuleState.NEVER;
			return Decision.CHANGE;
		}
		if (raw != null && raw.compareTo(active) >= 0) {
			state.belowSince = RuleState.NEVER;
			return Decision.NONE;
		}
		if (state.belowSince == RuleState.NEVER) {
			state.belowSince = now;
		}
		if (now - state.belowSince < clearMillis) {
			return Decision.NONE;
		}
		state.belowSince = RuleState.NEVER;
		state.active = raw;
		return raw == null ? Decision.RESOLVE : Decision.CHANGE;
	}
}
