package org.cityos.sensing.alerting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.sensing.AlertAcknowledged;
import org.cityos.sensing.AlertResolution;
import org.cityos.sensing.AlertResolved;
import org.cityos.sensing.AlertRuleKind;
import org.cityos.sensing.WarningLevel;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duty desk's side of the alert life cycle (值班台): list alerts, acknowledge a RAISED one
 * (确认), resolve an open one by hand with a note (解除). Each step is an audited transaction and
 * publishes its event; a manual resolve also tells the engine, which then raises again only after
 * the condition has cleared once.
 */
@Service
public class AlertDesk {

	private final Alerts alerts;

	private final AlertEngine engine;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	AlertDesk(Alerts alerts, AlertEngine engine, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events, AuditLog audit) {
		this.alerts = alerts;
		this.engine = engine;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.audit = audit;
	}

	public PageResult<Alert> alerts(@Nullable List<AlertState> states, @Nullable WarningLevel level,
			@Nullable AlertRuleKind kind, @Nullable String area, @Nullable String datastream, PageRequest page) {
		return alerts.page(states, level, kind, area, datastream, page);
	}

	public Alert alert(UUID id) {
		return alerts.find(id).orElseThrow(() -> new NotFoundException("no alert " + id));
	}

	public Alert acknowledge(UUID id, @Nullable String note) {
		transactions.executeWithoutResult(status -> {
			Alert alert = alert(id);
			if (alert.state() != AlertState.RAISED) {
				throw new ConflictException("alert " + id + " is " + alert.state() + "; only a RAISED alert can be acknowledged");
			}
			String by = AlertRuleAdministration.actor();
			Instant now = Instant.now();
			alerts.acknowledge(id, by, now, blankToNull(note));
			audit.record("sensing.alert.acknowledged", id.toString(), AuditOutcome.SUCCESS, alert.message());
			events.publishEvent(new AlertAcknowledged(id, alert.ruleId(), alert.kind(), alert.datastreamId(), by, now,
					blankToNull(note)));
		});
		return alert(id);
	}

	public Alert resolve(UUID id, String note) {
		if (note == null || note.isBlank()) {
			throw InvalidInputException.ofField("note", "a manual resolve needs a note saying what was done");
		}
		Alert resolved = transactions.execute(status -> {
			Alert alert = alert(id);
			if (alert.state() == AlertState.RESOLVED) {
				throw new ConflictException("alert " + id + " is already resolved");
			}
			String by = AlertRuleAdministration.actor();
			Instant now = Instant.now();
			alerts.resolve(id, AlertResolution.MANUAL, by, now, note.strip(), null);
			audit.record("sensing.alert.resolved", id.toString(), AuditOutcome.SUCCESS, note.strip());
			events.publishEvent(new AlertResolved(id, alert.ruleId(), alert.kind(), alert.datastreamId(),
					AlertResolution.MANUAL, by, now, note.strip()));
			return alert;
		});
		engine.forget(resolved.ruleId(), resolved.datastreamId());
		return alert(id);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
