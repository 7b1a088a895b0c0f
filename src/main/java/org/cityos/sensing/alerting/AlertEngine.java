package org.cityos.sensing.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.cityos.sensing.AlertLevelChanged;
import org.cityos.sensing.AlertRaised;
import org.cityos.sensing.AlertResolution;
import org.cityos.sensing.AlertResolved;
import org.cityos.sensing.WarningLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entry point ingestion calls after observations are durable: {@link #evaluate} a batch,
 * {@link #tick} on the clock (every 30 s by {@code AlertClock}). It runs the {@link AlertEvaluator}
 * under one lock, stores the resulting transitions in one transaction, and publishes
 * {@link AlertRaised}, {@link AlertLevelChanged} and {@link AlertResolved} in it (delivered to
 * {@code @ApplicationModuleListener}s after commit).
 * <p>
 * Restart: rules and open alerts are loaded at start-up, so an open alert resolves or escalates
 * instead of being raised twice. Time a condition had been pending (not yet raised) is not kept:
 * after a restart it counts again from the next observation. If storing fails, the evaluator is
 * rebuilt from the database, so memory never runs ahead of what was stored.
 */
@Service
public class AlertEngine {

	private static final Logger log = LoggerFactory.getLogger(AlertEngine.class);

	private final AlertRules rules;

	private final Alerts alerts;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final ReentrantLock lock = new ReentrantLock();

	private AlertEvaluator evaluator = new AlertEvaluator();

	private boolean loaded;

	AlertEngine(AlertRules rules, Alerts alerts, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events) {
		this.rules = rules;
		this.alerts = alerts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
	}

	/** Judges stored observations (in time order per datastream); answers the transitions it stored. */
	public List<AlertTransition> evaluate(List<ObservedValue> observations) {
		lock.lock();
		try {
			ensureLoaded();
			List<AlertTransition> out = new ArrayList<>();
			for (ObservedValue observation : observations) {
				evaluator.evaluate(observation, out);
			}
			store(out);
			return out;
		}
		finally {
			lock.unlock();
		}
	}

	/** Clock tick: NO_DATA rules. */
	public List<AlertTransition> tick(Instant now) {
		lock.lock();
		try {
			ensureLoaded();
			List<AlertTransition> out = new ArrayList<>();
			evaluator.tick(now, out);
			store(out);
			return out;
		}
		finally {
			lock.unlock();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		lock.lock();
		try {
			reload();
		}
		finally {
			lock.unlock();
		}
	}

	/** After a rule was stored or deleted (committed). */
	void rulesChanged() {
		lock.lock();
		try {
			if (loaded) {
				evaluator.replaceRules(rules.all());
			}
		}
		finally {
			lock.unlock();
		}
	}

	/** After a person resolved an alert (committed). */
	void forget(UUID ruleId, String datastreamId) {
		lock.lock();
		try {
			evaluator.forget(ruleId, datastreamId);
		}
		finally {
			lock.unlock();
		}
	}

	private void ensureLoaded() {
		if (!loaded) {
			reload();
		}
	}

	private void reload() {
		AlertEvaluator fresh = new AlertEvaluator();
		fresh.replaceRules(rules.all());
		for (Alert open : alerts.openAlerts()) {
			fresh.restore(open.ruleId(), new ObservedValue(open.datastreamId(), open.raisedAt(), open.lastValue(),
					open.observedProperty(), open.sensorKind(), open.divisionCodes()), open.level());
		}
		evaluator = fresh;
		loaded = true;
	}

	private void store(List<AlertTransition> transitions) {
		if (transitions.isEmpty()) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> transitions.forEach(this::apply));
		}
		catch (RuntimeException ex) {
			log.error("Storing {} alert transitions failed; rebuilding the alert state from the database", transitions.size(), ex);
			reload();
			throw ex;
		}
	}

	private void apply(AlertTransition transition) {
		AlertRule rule = transition.rule();
		String datastream = transition.context().datastreamId();
		switch (transition.type()) {
			case RAISED -> raise(transition, transition.to());
			case LEVEL_CHANGED -> alerts.open(rule.id(), datastream).ifPresentOrElse(open -> {
				boolean escalated = transition.to().above(open.level());
				alerts.changeLevel(open.id(), transition.to(), escalated, transition.at(), transition.value(),
						transition.message());
				events.publishEvent(new AlertLevelChanged(open.id(), rule.id(), rule.condition().kind(), datastream,
						open.level(), transition.to(), transition.at(), transition.value()));
			}, () -> raise(transition, transition.to()));
			case RESOLVED -> alerts.open(rule.id(), datastream).ifPresent(open -> {
				alerts.resolve(open.id(), AlertResolution.AUTO, null, transition.at(), null, transition.value());
				events.publishEvent(new AlertResolved(open.id(), rule.id(), rule.condition().kind(), datastream,
						AlertResolution.AUTO, null, transition.at(), null));
			});
		}
	}

	private void raise(AlertTransition transition, WarningLevel level) {
		UUID id = UUID.randomUUID();
		if (alerts.insertRaised(id, transition)) {
			AlertRule rule = transition.rule();
			ObservedValue context = transition.context();
			events.publishEvent(new AlertRaised(id, rule.id(), rule.name(), rule.condition().kind(), level,
					context.datastreamId(), context.observedProperty(), context.sensorKind(), context.divisionCodes(),
					transition.at(), transition.value(), transition.message()));
		}
	}
}
