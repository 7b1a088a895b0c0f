package org.cityos.sensing.alerting;

import java.util.ArrayDeque;

import org.cityos.sensing.WarningLevel;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluator remembers for one rule on one datastream: the active level (an open alert),
 * since when each level has held without a break, since when the value has been below the active
 * level, the last judged value, and the kind's own memory (rate window, forecast model).
 * <p>
 * {@code rearm}: after a person resolved an alert whose condition still held, the rule waits for
 * the condition to clear once before it raises again — otherwise the resolve would be undone by the
 * next observation.
 */
final class RuleState {

	static final long NEVER = Long.MIN_VALUE;

	@Nullable
	WarningLevel active;

	final long[] heldSince = { NEVER, NEVER, NEVER, NEVER };

	long belowSince = NEVER;

	long lastMillis = NEVER;

	long lastSeenMillis = NEVER;

	double judged = Double.NaN;

	boolean rearm;

	@Nullable
	ArrayDeque<long[]> window;

	@Nullable
	HoltForecast forecast;

	/** Starts over after a rule change, keeping the open alert's level. */
	RuleState carryingOver() {
		RuleState fresh = new RuleState();
		fresh.active = active;
		fresh.rearm = rearm;
		fresh.lastSeenMillis = lastSeenMillis;
		return fresh;
	}
}
