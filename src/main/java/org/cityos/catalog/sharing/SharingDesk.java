package org.cityos.catalog.sharing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.catalog.GrantIssued;
import org.cityos.catalog.GrantRevoked;
import org.cityos.catalog.RequestAnswered;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.SharingRequested;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.sharing.SharedResources.Entry;
import org.cityos.directory.Departments;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 共享受理: where consumer departments ask for resources and providers answer.
 * <ul>
 * <li>无条件共享: granted at once, by the rule.</li>
 * <li>有条件共享: waits for the provider's steward, who approves (choosing which of the asked-for
 * unmasked items to allow) or rejects with a reason, within the reply limit in working days.</li>
 * <li>不予共享: cannot be requested; the refusal cites the resource's legal basis.</li>
 * </ul>
 * A steward acts for their own department (as consumer when asking, as provider when answering
 * or revoking); the big data bureau's admin for any. A department does not ask for its own
 * resources: it reads them through the exchange without a grant. Every change is audited in
 * its transaction and published as an event.
 */
@Service
public class SharingDesk {

	static final int MIN_PURPOSE_LENGTH = 10;

	private final SharedResources resources;

	private final SharingRequests requests;

	private final Grants grants;

	private final Departments departments;

	private final WorkingCalendar calendar;

	private final SharingProperties properties;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	SharingDesk(SharedResources resources, SharingRequests requests, Grants grants, Departments departments,
			WorkingCalendar calendar, SharingProperties properties, AuditLog audit, ApplicationEventPublisher events) {
		this.resources = resources;
		this.requests = requests;
		this.grants = grants;
		this.departments = departments;
		this.calendar = calendar;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
	}

	/** What a consumer asks for; {@code validUntil} null means a year from now. */
	public record RequestDraft(String resourceCode, String consumerDepartmentCode, String purpose, List<String> items,
			List<String> unmaskedItems, @Nullable Instant validUntil) {
	}

	/** The provider's approval: which of the asked-for unmasked items it allows, and possibly a shorter validity. */
	public record Approval(List<String> unmaskedItems, @Nullable Instant validUntil, @Nullable String note) {
	}

	@Transactional
	public SharingRequest request(RequestDraft draft, CityPrincipal caller) {
		ResourceCode code = new ResourceCode(draft.resourceCode());
		Entry entry = resources.find(code).orElseThrow(() -> InvalidInputException.ofField("resourceCode",
				"no resource with code '" + code + "' in the catalog"));
		Resource resource = entry.resource();
		String consumer = draft.consumerDepartmentCode().trim();
		requireActsFor(caller, consumer, "Stewards request data for their own department only");
		if (!departments.exists(consumer)) {
			throw InvalidInputException.ofField("consumerDepartmentCode", "no department with code '" + consumer + "'");
		}
		if (consumer.equals(resource.providerCode())) {
			throw InvalidInputException.ofField("consumerDepartmentCode", "'" + consumer + "' provides " + code
					+ " itself: a department reads its own resources through the exchange without a grant");
		}
		if (resource.sharingType() == SharingType.NOT_SHARED) {
			throw new ConflictException(code + " " + resource.name() + " is 不予共享 (not shared) and cannot be requested. "
					+ "Legal basis: " + resource.sharingCondition());
		}
		String purpose = draft.purpose() == null ? "" : draft.purpose().trim();
		Instant now = now();
		List<FieldProblem> problems = new ArrayList<>();
		if (purpose.codePointCount(0, purpose.length()) < MIN_PURPOSE_LENGTH) {
			problems.add(new FieldProblem("purpose", "state the purpose in at least " + MIN_PURPOSE_LENGTH + " characters"));
		}
		List<String> items = RequestChecks.chosenItems(resource, draft.items(), problems);
		List<String> unmasked = RequestChecks.unmaskedItems(resource, items, draft.unmaskedItems(), problems);
		Instant validUntil = RequestChecks.validUntil(draft.validUntil(), now.atZone(calendar.zone()), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream().map(p -> p.field() + ": " + p.message())
				.reduce((a, b) -> a + "; " + b).orElseThrow(), problems);
		}
		if (requests.hasWaiting(code, consumer)) {
			throw new ConflictException(consumer + " already has a request for " + code + " waiting for an answer");
		}
		boolean unconditional = resource.sharingType() == SharingType.UNCONDITIONAL;
		Instant replyDue = unconditional ? now
				: calendar.addWorkingDays(now, properties.requestReplyWorkingDays()).toInstant();
		SharingRequest request = SharingRequest.submitted(code, resource.version(), resource.providerCode(), consumer,
				resource.sharingType(), purpose, items, unmasked, validUntil, now, caller.username(), replyDue);
		requests.insert(request);
		audit.record("catalog.request.submitted", request.id().toString(), AuditOutcome.SUCCESS,
				"resource=" + code + " consumer=" + consumer + " type=" + resource.sharingType() + " items=" + items
						+ " unmasked=" + unmasked);
		events.publishEvent(new SharingRequested(request.id(), code, resource.providerCode(), consumer,
				resource.sharingType(), now, replyDue));
		if (unconditional) {
			return approveAndGrant(request, List.of(), validUntil, "cityos", "无条件共享：按目录规则自动授权", true, now);
		}
		return request;
	}

	@Transactional
	public SharingRequest approve(UUID requestId, Approval approval, CityPrincipal caller) {
		SharingRequest request = waitingRequestOfProvider(requestId, caller);
		Instant now = now();
		List<FieldProblem> problems = new ArrayList<>();
		List<String> unmasked = List.copyOf(new LinkedHashSet<>(approval.unmaskedItems()));
		for (String item : unmasked) {
			if (!request.unmaskedItems().contains(item)) {
				problems.add(new FieldProblem("unmaskedItems", "'" + item + "' was not asked for unmasked (asked: "
						+ request.unmaskedItems() + ")"));
			}
		}
		Instant validUntil = request.validUntil();
		if (approval.validUntil() != null) {
			if (approval.validUntil().isAfter(request.validUntil())) {
				problems.add(new FieldProblem("validUntil", "may shorten the requested validity (" + request.validUntil()
						+ "), not extend it"));
			}
			else if (!approval.validUntil().isAfter(now)) {
				problems.add(new FieldProblem("validUntil", "must be in the future"));
			}
			else {
				validUntil = approval.validUntil();
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.get(0).field() + ": " + problems.get(0).message(), problems);
		}
		Resource resource = resources.require(request.resourceCode()).resource();
		if (resource.sharingType() == SharingType.NOT_SHARED) {
			throw new ConflictException(request.resourceCode() + " has become 不予共享 since the request: it cannot be granted. "
					+ "Legal basis: " + resource.sharingCondition());
		}
		String note = approval.note() == null || approval.note().isBlank() ? null : approval.note().trim();
		return approveAndGrant(request, unmasked, validUntil, caller.username(), note, false, now);
	}

	@Transactional
	public SharingRequest reject(UUID requestId, String reason, CityPrincipal caller) {
		SharingRequest request = waitingRequestOfProvider(requestId, caller);
		SharingRequest rejected = request.reject(caller.username(), now(), reason);
		if (!requests.answer(rejected)) {
			throw new ConflictException("Sharing request " + requestId + " was answered meanwhile");
		}
		audit.record("catalog.request.rejected", requestId.toString(), AuditOutcome.SUCCESS,
				"resource=" + request.resourceCode() + " consumer=" + request.consumerCode() + " reason=" + rejected.answerReason());
		events.publishEvent(new RequestAnswered(requestId, request.resourceCode(), request.providerCode(),
				request.consumerCode(), false, false, rejected.answerReason(), rejected.answeredAt(), rejected.answeredOnTime()));
		return rejected;
	}

	@Transactional
	public Grant revoke(UUID grantId, String reason, CityPrincipal caller) {
		Grant grant = grants.find(grantId).orElseThrow(() -> new NotFoundException("No grant with id " + grantId));
		requireActsFor(caller, grant.providerCode(), "Only the providing department's steward may revoke its grants");
		Grant revoked = grant.revoke(caller.username(), now(), reason);
		if (!grants.revoke(revoked)) {
			throw new ConflictException("Grant " + grantId + " was revoked meanwhile");
		}
		audit.record("catalog.grant.revoked", grantId.toString(), AuditOutcome.SUCCESS, "resource="
				+ grant.resourceCode() + " consumer=" + grant.consumerCode() + " reason=" + revoked.revokeReason());
		events.publishEvent(new GrantRevoked(grantId, grant.resourceCode(), grant.providerCode(), grant.consumerCode(),
				revoked.revokeReason(), caller.username(), revoked.revokedAt()));
		return revoked;
	}

	private SharingRequest approveAndGrant(SharingRequest request, List<String> unmasked, Instant validUntil, String by,
			@Nullable String note, boolean automatic, Instant now) {
		Grant grant = Grant.issueFor(request, unmasked, validUntil, now, by);
		SharingRequest approved = request.approve(grant.id(), by, now, note);
		if (!requests.answer(approved)) {
			throw new ConflictException("Sharing request " + request.id() + " was answered meanwhile");
		}
		grants.insert(grant);
		audit.record("catalog.request.approved", request.id().toString(), AuditOutcome.SUCCESS, "resource="
				+ request.resourceCode() + " consumer=" + request.consumerCode() + (automatic ? " automatic (无条件共享)" : ""));
		audit.record("catalog.grant.issued", grant.id().toString(), AuditOutcome.SUCCESS,
				"resource=" + grant.resourceCode() + " consumer=" + grant.consumerCode() + " items=" + grant.items()
						+ " unmasked=" + grant.unmaskedItems() + " validUntil=" + grant.validUntil());
		events.publishEvent(new RequestAnswered(request.id(), request.resourceCode(), request.providerCode(),
				request.consumerCode(), true, automatic, note, now, approved.answeredOnTime()));
		events.publishEvent(new GrantIssued(grant.id(), request.id(), grant.resourceCode(), grant.providerCode(),
				grant.consumerCode(), grant.items(), grant.unmaskedItems(), grant.validUntil()));
		return approved;
	}

	private SharingRequest waitingRequestOfProvider(UUID requestId, CityPrincipal caller) {
		SharingRequest request = requests.find(requestId)
			.orElseThrow(() -> new NotFoundException("No sharing request with id " + requestId));
		requireActsFor(caller, request.providerCode(), "Only the providing department's steward may answer this request");
		if (request.state() != RequestState.REQUESTED) {
			throw new ConflictException("Sharing request " + requestId + " was already answered (" + request.state() + " "
					+ request.state().label() + ")");
		}
		return request;
	}

	/** The admin acts for any department; a steward for their own. Other roles never reach here. */
	static void requireActsFor(CityPrincipal caller, String departmentCode, String refusal) {
		if (caller.hasRole(Role.ADMIN)) {
			return;
		}
		if (!caller.hasRole(Role.STEWARD) || !departmentCode.equals(caller.departmentCode())) {
			throw new AccessDeniedException(refusal + " (you act for " + caller.departmentCode() + ")");
		}
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}
}
