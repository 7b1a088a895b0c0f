package org.cityos.calendar;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an admin maintains the holiday arrangements: store a year whole (a new one each
 * November), or delete one. A {@link CalendarYear} is valid by construction, so nothing
 * invalid reaches the database; each change is one transaction, and the in-memory
 * {@link WorkingCalendar} is reloaded only after it committed.
 * <p>
 * Other instances see a change at their next {@link #refresh()}, every
 * {@code cityos.calendar.refresh-interval} (5 minutes by default).
 */
@Service
public class CalendarAdministration {

	private final CalendarYears years;

	private final WorkingCalendar calendar;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	CalendarAdministration(CalendarYears years, WorkingCalendar calendar, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events, AuditLog audit) {
		this.audit = audit;
		this.years = years;
		this.calendar = calendar;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
	}

	/** Adds the year or replaces it whole; answers it as stored. */
	public CalendarYear replaceYear(CalendarYear year) {
		transactions.executeWithoutResult(status -> {
			years.replace(year);
			audit.record("calendar.year.replaced", String.valueOf(year.year()), AuditOutcome.SUCCESS,
					year.holidays().size() + " holidays, " + year.adjustedWorkdays().size() + " adjusted working days");
			events.publishEvent(new CalendarYearReplaced(year.year()));
		});
		refresh();
		return calendar.year(year.year()).orElseThrow();
	}

	/** Removes a year: from then on it counts Monday to Friday only. */
	public void deleteYear(int year) {
		transactions.executeWithoutResult(status -> {
			if (!years.delete(year)) {
				throw new NotFoundException("no holiday arrangement stored for " + year);
			}
			audit.record("calendar.year.deleted", String.valueOf(year), AuditOutcome.SUCCESS, null);
			events.publishEvent(new CalendarYearDeleted(year));
		});
		refresh();
	}

	/** Rereads the stored years; synchronized so that a slow periodic read cannot overwrite a newer one. */
	@Scheduled(fixedDelayString = "${cityos.calendar.refresh-interval:PT5M}",
			initialDelayString = "${cityos.calendar.refresh-interval:PT5M}")
	synchronized void refresh() {
		calendar.replaceYears(years.findAll());
	}
}
