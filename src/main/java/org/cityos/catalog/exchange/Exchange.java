package org.cityos.catalog.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cityos.audit.AuditActor;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.DataRead;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.exchange.ExchangeAccess.Basis;
import org.cityos.catalog.exchange.RecordReader.Rows;
import org.cityos.catalog.sharing.Grant;
import org.cityos.catalog.sharing.SharedResources.Entry;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 数据交换: a consumer department's systems (or its steward) read the resources it was granted.
 * <p>
 * Who reads what: the holder of live grants reads the granted items (several grants add up);
 * the providing department reads its own resource whole; the big data bureau's admin reads
 * every item with personal ones masked. Anyone else is refused, and the refusal is audited.
 * Personal items are masked ({@link PersonalDataMask}) unless a grant lists them as unmasked.
 * <p>
 * Every read is audited ({@code catalog.exchange.read}: consumer, filter, rows) in the same
 * transaction as the query, so no page leaves without its audit entry, and published as
 * {@link DataRead}. Exports are audited when the stream ends, with the rows sent
 * ({@link ExportRun}).
 */
@Service
public class Exchange {

	private final GrantCache lookups;

	private final RecordReader reader;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate readAndAudit;

	private final TransactionTemplate ownTransaction;

	Exchange(GrantCache lookups, RecordReader reader, AuditLog audit, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.lookups = lookups;
		this.reader = reader;
		this.audit = audit;
		this.events = events;
		this.readAndAudit = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public RecordPage read(String code, Map<String, String[]> parameters, CityPrincipal caller) {
		Instant now = Instant.now();
		ExchangeAccess access = access(code, caller, now, "catalog.exchange.read");
		RecordQuery query = parse(access, parameters, Set.of(), caller, "catalog.exchange.read");
		Map<String, PersonalDataMask> masks = access.masksFor(query.selected());
		Entry entry = access.entry();
		Rows rows = Objects.requireNonNull(readAndAudit.execute(status -> {
			Rows found = reader.page(entry.version(), query, masks);
			audit.record("catalog.exchange.read", entry.code().value(), AuditOutcome.SUCCESS,
					detail(caller, access, query) + " page=" + query.page() + " size=" + query.size() + " rows="
							+ found.content().size());
			events.publishEvent(new DataRead(entry.code(), entry.resource().providerCode(), caller.departmentCode(),
					DataRead.Channel.EXCHANGE_READ, found.content().size(), now));
			return found;
		}));
		return new RecordPage(entry.code().value(), entry.version().version(), rows.content(), query.page(),
				query.size(), rows.hasMore(), rows.total(), query.selected().stream().map(InformationItem::name).toList(),
				masks.keySet().stream().sorted().toList());
	}

	/** Checks access and the query before anything is written, so that refusals are still ordinary problems. */
	public ExportRun planExport(String code, Map<String, String[]> parameters, ExportFormat format,
			CityPrincipal caller) {
		ExchangeAccess access = access(code, caller, Instant.now(), "catalog.exchange.export");
		RecordQuery query = parse(access, parameters, Set.of("format"), caller, "catalog.exchange.export");
		return new ExportRun(access.entry(), query, access.masksFor(query.selected()), format,
				AuditLog.currentActor(), caller.departmentCode(), detail(caller, access, query), reader, audit, events,
				ownTransaction);
	}

	private ExchangeAccess access(String code, CityPrincipal caller, Instant now, String action) {
		ResourceCode resourceCode = new ResourceCode(code);
		Entry entry = lookups.resource(resourceCode)
			.orElseThrow(() -> new NotFoundException("No resource with code '" + code + "' in the catalog"));
		String department = caller.departmentCode();
		if (department != null && department.equals(entry.resource().providerCode())) {
			return ExchangeAccess.own(entry);
		}
		List<Grant> grants = department == null ? List.of() : lookups.live(department, resourceCode, now);
		if (caller.hasRole(Role.ADMIN)) {
			return ExchangeAccess.admin(entry, grants);
		}
		if (!grants.isEmpty() && entry.resource().sharingType() == SharingType.NOT_SHARED) {
			// Changed to 不予共享 after the grants were issued: they no longer open it.
			deny(AuditLog.currentActor(), action, entry.code(), "consumer=" + department + " resource is 不予共享");
			throw new AccessDeniedException(entry.code() + " " + entry.resource().name() + " is 不予共享 now: "
					+ entry.resource().sharingCondition());
		}
		if (grants.isEmpty()) {
			deny(AuditLog.currentActor(), action, entry.code(), "consumer=" + department + " no live grant");
			throw new AccessDeniedException(department + " holds no live grant on " + entry.code() + " "
					+ entry.resource().name() + ": request it through /api/catalog/requests");
		}
		return ExchangeAccess.granted(entry, grants);
	}

	private RecordQuery parse(ExchangeAccess access, Map<String, String[]> parameters, Set<String> ignored,
			CityPrincipal caller, String action) {
		RecordQuery query = RecordQuery.parse(parameters, access.entry().version(), access.readable(), item -> {
			deny(AuditLog.currentActor(), action, access.entry().code(),
					"consumer=" + caller.departmentCode() + " item not granted: " + item);
			return new AccessDeniedException("Item '" + item + "' of " + access.entry().code()
					+ " is not granted to " + caller.departmentCode() + " (granted: " + access.readable() + ")");
		}, ignored, reader.zone());
		refuseFiltersThatUnmask(access, query, caller, action);
		return query;
	}

	/**
	 * A filter on a masked item would tell what the mask hides (ranges on a masked birth date
	 * rebuild it; equality on a masked name confirms it). Only equality on a key item stays
	 * allowed: the consumer already holds the key it looks up (核验), and learns nothing more.
	 */
	private void refuseFiltersThatUnmask(ExchangeAccess access, RecordQuery query, CityPrincipal caller, String action) {
		for (RecordQuery.Condition condition : query.conditions()) {
			InformationItem item = condition.item();
			boolean masked = !access.masksFor(List.of(item)).isEmpty();
			if (masked && !(item.key() && condition.operator() == RecordQuery.Operator.EQ)) {
				deny(AuditLog.currentActor(), action, access.entry().code(),
						"consumer=" + caller.departmentCode() + " filter on masked item: " + item.name());
				throw new AccessDeniedException("Item '" + item.name() + "' of " + access.entry().code()
						+ " is masked for " + caller.departmentCode() + ": it cannot be filtered on");
			}
		}
	}

	/** A refused read is audited in its own transaction: the refusal itself rolls back nothing worth keeping. */
	private void deny(AuditActor actor, String action, ResourceCode code, String detail) {
		ownTransaction.executeWithoutResult(status -> audit.record(actor, action, code.value(), AuditOutcome.DENIED, detail));
	}

	private static String detail(CityPrincipal caller, ExchangeAccess access, RecordQuery query) {
		String basis = access.basis() == Basis.GRANT ? "grants=" + access.grantIds() : "basis=" + access.basis();
		return "consumer=" + caller.departmentCode() + " " + basis + " filter=" + (query.description().isEmpty() ? "-"
				: query.description());
	}
}
