package org.cityos.sensing.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cityos.sensing.WarningLevel;
import org.cityos.sensing.alerting.AlertTransition.Type;
import org.jspecify.annotations.Nullable;

/**
 * The rule engine, pure and deterministic: given the rules, observations in time order per
 * datastream, and clock ticks, it emits alert transitions. Not thread-safe: one caller at a time
 * ({@link AlertEngine} holds a lock).
 * <p>
 * Cost per observation is one hash lookup plus the rules that match its datastream: the matching
 * rules are found through indexes by datastream, observed property, sensor kind and area, once per
 * datastream, and cached until the rules or the datastream's context change. An observation older
 * than the last one judged for a rule and datastream (late data) is not judged again.
 */
public final class AlertEvaluator {

	private final Map<UUID, CompiledRule> rules = new LinkedHashMap<>();

	private final Map<String, List<CompiledRule>> byDatastream = new HashMap<>();

	private final Map<String, List<CompiledRule>> byProperty = new HashMap<>();

	private final Map<String, List<CompiledRule>> byKind = new HashMap<>();

	private final Map<String, List<CompiledRule>> byArea = new HashMap<>();

	private final Map<String, Watched> datastreams = new HashMap<>();

	private long rulesVersion;

	/** A datastream the engine has seen: its latest context and its matching rules with their state. */
	private static final class Watched {

		ObservedValue context;

		long version = -1;

		Slot[] slots = new Slot[0];

		Watched(ObservedValue context) {
			this.context = context;
		}
	}

	private record Slot(CompiledRule compiled, RuleState state) {
	}

	/** Replaces the rules (disabled ones are left out). Open alerts of rules that stay keep their level. */
	public void replaceRules(Collection<AlertRule> newRules) {
		rules.clear();
		byDatastream.clear();
		byProperty.clear();
		byKind.clear();
		byArea.clear();
		for (AlertRule rule : newRules) {
			if (!rule.enabled()) {
				continue;
			}
			CompiledRule compiled = new CompiledRule(rule);
			rules.put(rule.id(), compiled);
			Map<String, List<CompiledRule>> index = switch (rule.scope().type()) {
				case DATASTREAM -> byDatastream;
				case OBSERVED_PROPERTY -> byProperty;
				case SENSOR_KIND -> byKind;
				case AREA -> byArea;
			};
			index.computeIfAbsent(rule.scope().value(), key -> new ArrayList<>()).add(compiled);
		}
		rulesVersion++;
	}

	public int ruleCount() {
		return rules.size();
	}

	/** Judges one observation against every rule that matches its datastream; transitions go to {@code out}. */
	public void evaluate(ObservedValue observation, List<AlertTransition> out) {
		if (!Double.isFinite(observation.value())) {
			return;
		}
		Watched watched = watched(observation);
		long now = observation.time().toEpochMilli();
		for (Slot slot : watched.slots) {
			RuleState state = slot.state();
			state.lastSeenMillis = Math.max(state.lastSeenMillis, now);
			if (now < state.lastMillis) {
				continue;
			}
			state.lastMillis = now;
			CompiledRule compiled = slot.compiled();
			if (compiled.noData()) {
				state.rearm = false;
				if (state.active != null) {
					emit(out, Type.RESOLVED, compiled, watched.context, state.active, null, observation.time(), observation.value());
					state.active = null;
				}
				continue;
			}
			WarningLevel before = state.active;
			WarningLevel raw = compiled.judge(observation, state);
			switch (Debounce.step(state, now, raw, compiled.minimumMillis, compiled.clearMillis)) {
				case RAISE -> emit(out, Type.RAISED, compiled, watched.context, null, state.active, observation.time(), state.judged);
				case CHANGE -> emit(out, Type.LEVEL_CHANGED, compiled, watched.context, before, state.active, observation.time(),
						state.judged);
				case RESOLVE -> emit(out, Type.RESOLVED, compiled, watched.context, before, null, observation.time(), state.judged);
				case NONE -> {
				}
			}
		}
	}

	/**
	 * Clock tick: raises NO_DATA alerts for datastreams silent for the rule's time. A datastream
	 * named by a DATASTREAM-scoped NO_DATA rule is watched from the first tick even if it never
	 * reported (a sensor dead since start-up is found too).
	 */
	public void tick(Instant now, List<AlertTransition> out) {
		long nowMillis = now.toEpochMilli();
		for (List<CompiledRule> named : byDatastream.values()) {
			for (CompiledRule compiled : named) {
				if (compiled.noData() && !datastreams.containsKey(compiled.rule.scope().value())) {
					Watched watched = watched(new ObservedValue(compiled.rule.scope().value(), now, Double.NaN, null, null, List.of()));
					for (Slot slot : watched.slots) {
						slot.state().lastSeenMillis = nowMillis;
					}
				}
			}
		}
		for (Watched watched : datastreams.values()) {
			refresh(watched);
			for (Slot slot : watched.slots) {
				RuleState state = slot.state();
				CompiledRule compiled = slot.compiled();
				if (!compiled.noData() || state.active != null || state.rearm) {
					continue;
				}
				if (state.lastSeenMillis == RuleState.NEVER) {
					state.lastSeenMillis = nowMillis;
				}
				double silentMinutes = (nowMillis - state.lastSeenMillis) / 60_000.0;
				if (nowMillis - state.lastSeenMillis >= compiled.noDataAfterMillis()) {
					state.active = compiled.fixedLevel();
					emit(out, Type.RAISED, compiled, watched.context, null, state.active, now, silentMinutes);
				}
			}
		}
	}

	/** Restores an open alert after a restart, so that it resolves or escalates instead of being raised again. */
	public void restore(UUID ruleId, ObservedValue context, WarningLevel level) {
		RuleState state = stateOf(ruleId, context);
		if (state != null) {
			state.active = level;
			state.lastSeenMillis = context.time().toEpochMilli();
		}
	}

	/** A person resolved the alert: forget it, and raise again only after the condition cleared once. */
	public void forget(UUID ruleId, String datastreamId) {
		Watched watched = datastreams.get(datastreamId);
		if (watched == null) {
			return;
		}
		refresh(watched);
		for (Slot slot : watched.slots) {
			if (slot.compiled().rule.id().equals(ruleId)) {
				slot.state().active = null;
				slot.state().rearm = true;
				slot.state().belowSince = RuleState.NEVER;
			}
		}
	}

	/** The active level of a rule on a datastream, for tests and diagnostics. */
	public @Nullable WarningLevel activeLevel(UUID ruleId, String datastreamId) {
		Watched watched = datastreams.get(datastreamId);
		if (watched == null) {
			return null;
		}
		for (Slot slot : watched.slots) {
			if (slot.compiled().rule.id().equals(ruleId)) {
				return slot.state().active;
			}
		}
		return null;
	}

	private @Nullable RuleState stateOf(UUID ruleId, ObservedValue context) {
		Watched watched = datastreams.computeIfAbsent(context.datastreamId(), id -> new Watched(context));
		refresh(watched);
		for (Slot slot : watched.slots) {
			if (slot.compiled().rule.id().equals(ruleId)) {
				return slot.state();
			}
		}
		return null;
	}

	private Watched watched(ObservedValue observation) {
		Watched watched = datastreams.get(observation.datastreamId());
		if (watched == null) {
			watched = new Watched(observation);
			datastreams.put(observation.datastreamId(), watched);
		}
		else if (!sameContext(watched.context, observation)) {
			watched.version = -1;
		}
		watched.context = observation;
		refresh(watched);
		return watched;
	}

	private static boolean sameContext(ObservedValue a, ObservedValue b) {
		return Objects.equals(a.observedProperty(), b.observedProperty()) && Objects.equals(a.sensorKind(), b.sensorKind())
				&& a.divisionCodes().equals(b.divisionCodes());
	}

	/** Re-matches the datastream's rules after a rule or context change, carrying states over by rule id. */
	private void refresh(Watched watched) {
		if (watched.version == rulesVersion) {
			return;
		}
		Map<UUID, Slot> previous = new HashMap<>();
		for (Slot slot : watched.slots) {
			previous.put(slot.compiled().rule.id(), slot);
		}
		Map<UUID, CompiledRule> matching = new LinkedHashMap<>();
		ObservedValue context = watched.context;
		add(matching, byDatastream.get(context.datastreamId()));
		if (context.observedProperty() != null) {
			add(matching, byProperty.get(context.observedProperty()));
		}
		if (context.sensorKind() != null) {
			add(matching, byKind.get(context.sensorKind()));
		}
		for (String area : context.divisionCodes()) {
			add(matching, byArea.get(area));
		}
		List<Slot> slots = new ArrayList<>(matching.size());
		for (CompiledRule compiled : matching.values()) {
			Slot before = previous.get(compiled.rule.id());
			RuleState state = before == null ? new RuleState()
					: before.compiled().rule.equals(compiled.rule) ? before.state() : before.state().carryingOver();
			slots.add(new Slot(compiled, state));
		}
		watched.slots = slots.toArray(new Slot[0]);
		watched.version = rulesVersion;
	}

	private static void add(Map<UUID, CompiledRule> matching, @Nullable List<CompiledRule> rules) {
		if (rules != null) {
			for (CompiledRule rule : rules) {
				matching.putIfAbsent(rule.rule.id(), rule);
			}
		}
	}

	private static void emit(List<AlertTransition> out, Type type, CompiledRule compiled, ObservedValue context,
			@Nullable WarningLevel from, @Nullable WarningLevel to, Instant at, double value) {
		out.add(new AlertTransition(type, compiled.rule, context, from, to, at, value,
				AlertMessages.describe(type, compiled, context, from, to, value)));
	}
}
