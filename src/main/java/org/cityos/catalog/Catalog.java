package org.cityos.catalog;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.collection.BatchFormat;
import org.cityos.catalog.collection.DataCollection;
import org.cityos.catalog.collection.DataCollection.BatchRequest;
import org.cityos.catalog.collection.DeliveryReport;
import org.cityos.catalog.registration.ResourceDraft;
import org.cityos.catalog.registration.ResourceRegistration;
import org.cityos.catalog.sharing.SharingDesk;
import org.cityos.catalog.sharing.SharingDesk.Approval;
import org.cityos.catalog.sharing.SharingDesk.RequestDraft;
import org.cityos.catalog.sharing.SharingRequest;
import org.cityos.shared.CityPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The catalog's working entry points for other modules (the demo city, importers): registering a
 * resource, delivering a batch, asking for and answering sharing requests. Each call goes the
 * same way as the web API's (same rules, audit entries, events, reports and lineage), acting
 * as {@code caller}; only the types are the base package's.
 */
@Service
public class Catalog {

	private final ResourceRegistration registration;

	private final DataCollection collection;

	private final SharingDesk desk;

	Catalog(ResourceRegistration registration, DataCollection collection, SharingDesk desk) {
		this.registration = registration;
		this.collection = collection;
		this.desk = desk;
	}

	/** A catalog entry to register under a given code. */
	public record NewResource(ResourceCode code, String name, String summary, String providerCode, Subject subject,
			List<InformationItem> items, UpdateCycle updateCycle, SharingType sharingType, @Nullable String sharingCondition,
			OpenType openType, SharingMethod sharingMethod, DataGrade grade, InvalidRowPolicy invalidRowPolicy) {
	}

	/** What became of a batch; {@code repeated} when its batch id was delivered before (nothing loaded again). */
	public record DeliveryOutcome(UUID id, String state, long received, long accepted, long rejected, boolean repeated) {
	}

	/** A sharing request's id and state; {@code grantId} once approved. */
	public record RequestOutcome(UUID id, String state, @Nullable UUID grantId) {
	}

	public Resource register(NewResource entry, CityPrincipal caller) {
		return registration.register(new ResourceDraft(entry.code(), null, entry.name(), entry.summary(),
				entry.providerCode(), entry.subject(), entry.items(), entry.updateCycle(), entry.sharingType(),
				entry.sharingCondition(), entry.openType(), entry.sharingMethod(), entry.grade(), entry.invalidRowPolicy(),
				List.of()), caller);
	}

	/** Delivers a UTF-8 CSV batch (header of item names), streamed from {@code csv}. */
	public DeliveryOutcome deliverCsv(ResourceCode code, String batchId, DeliveryMode mode, InputStream csv,
			CityPrincipal caller) {
		DataCollection.Outcome outcome = collection.deliver(new BatchRequest(code, batchId, mode, BatchFormat.CSV,
				StandardCharsets.UTF_8, null, -1, false), csv, caller);
		DeliveryReport report = outcome.report();
		return new DeliveryOutcome(report.id(), report.state().name(), report.received(), report.accepted(),
				report.rejected(), outcome.repeated());
	}

	public RequestOutcome request(ResourceCode code, String consumerCode, String purpose, List<String> items,
			List<String> unmaskedItems, @Nullable Instant validUntil, CityPrincipal caller) {
		return outcome(desk.request(new RequestDraft(code.value(), consumerCode, purpose, items, unmaskedItems, validUntil),
				caller));
	}

	public RequestOutcome approve(UUID requestId, List<String> unmaskedItems, CityPrincipal caller) {
		return outcome(desk.approve(requestId, new Approval(unmaskedItems, null, null), caller));
	}

	public RequestOutcome reject(UUID requestId, String reason, CityPrincipal caller) {
		return outcome(desk.reject(requestId, reason, caller));
	}

	public void revoke(UUID grantId, String reason, CityPrincipal caller) {
		desk.revoke(grantId, reason, caller);
	}

	private static RequestOutcome outcome(SharingRequest request) {
		return new RequestOutcome(request.id(), request.state().name(), request.grantId());
	}
}
