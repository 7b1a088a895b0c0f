package org.cityos.catalog.registration;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceChanged;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceRegistered;
import org.cityos.catalog.ResourceVersion;
import org.cityos.catalog.ResourceVersionCreated;
import org.cityos.catalog.Resources;
import org.cityos.catalog.Stewardship;
import org.cityos.catalog.collection.DataTables;
import org.cityos.catalog.collection.Timeliness;
import org.cityos.directory.Department;
import org.cityos.directory.Departments;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 编目: a department registers what data it provides, and keeps the entry up to date. The
 * provider's steward (or an admin) registers and changes; only an admin moves a resource to
 * another department. Changing the items creates the next version with a new, empty data
 * table, so deliveries made against earlier versions stay as they were. Each change is one
 * transaction with its audit entry and events; a rule broken anywhere writes nothing.
 */
@Service
public class ResourceRegistration {

	private static final Pattern CLASSIFICATION = Pattern.compile("[1-9]\\d{5}(\\d{1,3})?");

	private final ResourceEntries entries;

	private final Resources resources;

	private final Departments departments;

	private final DataTables tables;

	private final Timeliness timeliness;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ResourceRegistration(ResourceEntries entries, Resources resources, Departments departments, DataTables tables,
			Timeliness timeliness, AuditLog audit, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.entries = entries;
		this.resources = resources;
		this.departments = departments;
		this.tables = tables;
		this.timeliness = timeliness;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public Resource register(ResourceDraft draft, CityPrincipal caller) {
		Stewardship.require(caller, draft.providerCode(), "register resources of department " + draft.providerCode());
		return transactions.execute(status -> {
			Department provider = provider(draft.providerCode());
			ResourceCode code = draft.code() != null ? draft.code() : nextCode(draft.classification());
			if (entries.exists(code)) {
				throw new ConflictException("The catalog already has a resource with code " + code);
			}
			checkRelated(code, draft.relatedResources());
			Instant now = now();
			Resource resource = resource(code, draft, 1, now, now);
			entries.insert(resource, SearchText.of(resource, provider.name()));
			ResourceVersion version = new ResourceVersion(code, 1, resource.items(), DataTables.nameFor(code, 1), now);
			entries.insertVersion(version);
			tables.create(version);
			timeliness.registered(code, resource.updateCycle(), now);
			audit.record("catalog.resource.registered", code.value(), AuditOutcome.SUCCESS, "provider="
					+ resource.providerCode() + " name=" + resource.name() + " items=" + resource.items().size());
			events.publishEvent(new ResourceRegistered(code, resource.name(), resource.providerCode(), resource.subject(),
					resource.sharingType(), resource.openType(), now));
			events.publishEvent(new ResourceVersionCreated(code, 1, version.dataTable(), now));
			return resource;
		});
	}

	/** Changes the entry; new items make a new version. Answers the entry as changed. */
	public Resource change(ResourceCode code, ResourceDraft draft, CityPrincipal caller) {
		return transactions.execute(status -> {
			// Lock first, then read: a change that read before another committed would undo it.
			resources.require(code);
			entries.lock(code);
			Resource current = resources.require(code);
			Stewardship.require(caller, current.providerCode(), "change resource " + code);
			if (!draft.providerCode().equals(current.providerCode()) && !caller.hasRole(Role.ADMIN)) {
				throw new AccessDeniedException("Only the big data bureau's admins move a resource to another department.");
			}
			Department provider = provider(draft.providerCode());
			checkRelated(code, draft.relatedResources());
			boolean itemsChanged = !draft.items().equals(current.items());
			int version = itemsChanged ? current.version() + 1 : current.version();
			Instant now = now();
			Resource changed = resource(code, draft, version, current.publishedAt(), now);
			entries.update(changed, SearchText.of(changed, provider.name()));
			String detail = "version=" + version;
			if (itemsChanged) {
				ResourceVersion created = new ResourceVersion(code, version, changed.items(), DataTables.nameFor(code, version),
						now);
				entries.insertVersion(created);
				tables.create(created);
				events.publishEvent(new ResourceVersionCreated(code, version, created.dataTable(), now));
				detail += " (items changed: new data table " + created.dataTable() + ")";
			}
			if (changed.updateCycle() != current.updateCycle()) {
				timeliness.cycleChanged(code, changed.updateCycle(), current.publishedAt());
				detail += " cycle=" + changed.updateCycle();
			}
			if (changed.sharingType() != current.sharingType()) {
				detail += " sharingType=" + current.sharingType() + "→" + changed.sharingType();
			}
			audit.record("catalog.resource.changed", code.value(), AuditOutcome.SUCCESS, detail);
			events.publishEvent(new ResourceChanged(code, version, changed.sharingType(), changed.openType(), now));
			return changed;
		});
	}

	private static Resource resource(ResourceCode code, ResourceDraft draft, int version, Instant publishedAt,
			Instant updatedAt) {
		return new Resource(code, draft.name(), draft.summary(), draft.providerCode(), draft.subject(), version,
				draft.items(), draft.updateCycle(), draft.sharingType(), draft.sharingCondition(), draft.openType(),
				draft.sharingMethod(), draft.grade(), draft.invalidRowPolicy(),
				draft.relatedResources().stream().map(ResourceCode::value).distinct().toList(), publishedAt, updatedAt);
	}

	private Department provider(String code) {
		return departments.find(code)
			.orElseThrow(() -> InvalidInputException.ofField("providerCode", "no department with code '" + code + "'"));
	}

	private ResourceCode nextCode(String classification) {
		if (classification == null || !CLASSIFICATION.matcher(classification).matches()) {
			throw InvalidInputException.ofField("code", "give the resource code, or its classification (6–9 digits: "
					+ "类 1 + 项 2 + 目 3 + 细目) to have the next serial assigned");
		}
		int next = entries.highestSerial(classification) + 1;
		if (next > 999_999) {
			throw new ConflictException("Classification " + classification + " has no free serial left");
		}
		return new ResourceCode(classification + "-" + String.format("%06d", next));
	}

	private void checkRelated(ResourceCode code, List<ResourceCode> related) {
		List<String> unknown = related.stream().filter(r -> r.equals(code) || !resources.exists(r)).map(ResourceCode::value)
			.toList();
		if (!unknown.isEmpty()) {
			throw InvalidInputException.ofField("relatedResources",
					"not other resources of the catalog: " + String.join(", ", unknown));
		}
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}
}
