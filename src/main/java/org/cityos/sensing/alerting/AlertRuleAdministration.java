package org.cityos.sensing.alerting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.sensing.AlertResolution;
import org.cityos.sensing.AlertResolved;
import org.cityos.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How operators and admins maintain the rules. Each change is one audited transaction; the
 * engine takes the new rules only after commit. Deleting or disabling a rule, or changing what it
 * watches (scope or kind), withdraws its open alerts (resolved as RULE_WITHDRAWN); changing only
 * thresholds or durations keeps them, judged by the new thresholds from the next observation.
 */
@Service
public class AlertRuleAdministration {

	private final AlertRules rules;

	private final Alerts alerts;

	private final AlertEngine engine;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	AlertRuleAdministration(AlertRules rules, Alerts alerts, AlertEngine engine, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events, AuditLog audit) {
		this.rules = rules;
		this.alerts = alerts;
		this.engine = engine;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.audit = audit;
	}

	public List<AlertRule> all() {
		return rules.all();
	}

	public AlertRule get(UUID id) {
		return rules.find(id).orElseThrow(() -> new NotFoundException("no alert rule " + id));
	}

	public AlertRule create(AlertRule rule) {
		transactions.executeWithoutResult(status -> {
			rules.insert(rule, actor());
			audit.record("sensing.rule.created", rule.id().toString(), AuditOutcome.SUCCESS, describe(rule));
		});
		engine.rulesChanged();
		return rule;
	}

	public AlertRule update(AlertRule rule) {
		transactions.executeWithoutResult(status -> {
			AlertRule before = get(rule.id());
			if (!rule.enabled() || !before.scope().equals(rule.scope())
					|| before.condition().kind() != rule.condition().kind()) {
				withdrawOpenAlerts(rule.id());
			}
			rules.update(rule, actor());
			audit.record("sensing.rule.updated", rule.id().toString(), AuditOutcome.SUCCESS, describe(rule));
		});
		engine.rulesChanged();
		return rule;
	}

	public void delete(UUID id) {
		transactions.executeWithoutResult(status -> {
			AlertRule rule = get(id);
			withdrawOpenAlerts(id);
			rules.delete(id);
			audit.record("sensing.rule.deleted", id.toString(), AuditOutcome.SUCCESS, describe(rule));
		});
		engine.rulesChanged();
	}

	private void withdrawOpenAlerts(UUID ruleId) {
		Instant now = Instant.now();
		String by = actor();
		for (Alerts.Open open : alerts.openOfRule(ruleId)) {
			Alert alert = alerts.find(open.id()).orElseThrow();
			alerts.resolve(open.id(), AlertResolution.RULE_WITHDRAWN, by, now, "规则已删除、停用或改变监测对象", null);
			events.publishEvent(new AlertResolved(open.id(), ruleId, alert.kind(), alert.datastreamId(),
					AlertResolution.RULE_WITHDRAWN, by, now, null));
		}
	}

	private static String describe(AlertRule rule) {
		return rule.name() + " " + rule.condition().kind() + " on " + rule.scope().type() + " " + rule.scope().value()
				+ (rule.enabled() ? "" : " (disabled)");
	}

	static String actor() {
		return AuditLog.currentActor().name();
	}
}
