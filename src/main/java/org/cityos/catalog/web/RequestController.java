package org.cityos.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.sharing.RequestState;
import org.cityos.catalog.sharing.SharedResources;
import org.cityos.catalog.sharing.SharingDesk;
import org.cityos.catalog.sharing.SharingDesk.Approval;
import org.cityos.catalog.sharing.SharingDesk.RequestDraft;
import org.cityos.catalog.sharing.SharingRequest;
import org.cityos.catalog.sharing.SharingRequests;
import org.cityos.directory.Departments;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 共享申请: a consumer department's steward asks for a resource; the provider's steward sees the
 * requests waiting for them (overdue ones flagged) and approves or rejects them. The admin acts
 * for any department.
 */
@RestController
@RequestMapping("/api/catalog/requests")
@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
class RequestController {

	private final SharingDesk desk;

	private final SharingRequests requests;

	private final SharedResources resources;

	private final Departments departments;

	RequestController(SharingDesk desk, SharingRequests requests, SharedResources resources, Departments departments) {
		this.desk = desk;
		this.requests = requests;
		this.resources = resources;
		this.departments = departments;
	}

	record NewRequest(@NotBlank @Size(max = 20) String resourceCode,
			@NotBlank @Size(max = 32) String consumerDepartmentCode, @NotBlank @Size(max = 2000) String purpose,
			@Nullable List<@NotBlank String> items, @Nullable List<@NotBlank String> unmaskedItems,
			@Nullable Instant validUntil) {
	}

	record ApprovalBody(@Nullable List<@NotBlank String> unmaskedItems, @Nullable Instant validUntil,
			@Nullable @Size(max = 2000) String note) {
	}

	record Reason(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	@ResponseStatus(HttpStatus.CREATED)
	RequestView request(@Valid @RequestBody NewRequest body, @AuthenticationPrincipal CityPrincipal caller) {
		SharingRequest request = desk.request(new RequestDraft(body.resourceCode(), body.consumerDepartmentCode(),
				body.purpose(), Objects.requireNonNullElse(body.items(), List.of()),
				Objects.requireNonNullElse(body.unmaskedItems(), List.of()), body.validUntil()), caller);
		return view(request);
	}

	/**
	 * {@code role=provider}: requests to the caller's department (a steward's in-tray);
	 * {@code role=consumer}: requests it made; neither: both. {@code department} is for the admin.
	 */
	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	PageResult<RequestView> list(@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @Nullable String resource,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@AuthenticationPrincipal CityPrincipal caller) {
		DepartmentScope scope = DepartmentScope.of(caller, role, department);
		Instant now = Instant.now();
		PageResult<SharingRequest> found = requests.search(new SharingRequests.Search(scope.consumerCode(),
				scope.providerCode(), scope.eitherCode(), EnumParameter.parse("state", state, RequestState.class), overdue,
				resource == null || resource.isBlank() ? null : new ResourceCode(resource)), now, new PageRequest(page, size));
		Map<String, String> names = departments.names();
		Map<String, String> resourceNames = resources.names(found.content().stream()
			.map(r -> r.resourceCode().value()).toList());
		return found.map(r -> RequestView.of(r, names, resourceNames.get(r.resourceCode().value()), now));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	RequestView get(@PathVariable UUID id, @AuthenticationPrincipal CityPrincipal caller) {
		SharingRequest request = requests.find(id)
			.orElseThrow(() -> new NotFoundException("No sharing request with id " + id));
		DepartmentScope.requireParty(caller, request.consumerCode(), request.providerCode(), "Request " + id);
		return view(request);
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	RequestView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable ApprovalBody body,
			@AuthenticationPrincipal CityPrincipal caller) {
		ApprovalBody approval = body == null ? new ApprovalBody(null, null, null) : body;
		return view(desk.approve(id, new Approval(Objects.requireNonNullElse(approval.unmaskedItems(), List.of()),
				approval.validUntil(), approval.note()), caller));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	RequestView reject(@PathVariable UUID id, @Valid @RequestBody Reason body,
			@AuthenticationPrincipal CityPrincipal caller) {
		return view(desk.reject(id, body.reason(), caller));
	}

	private RequestView view(SharingRequest request) {
		String code = request.resourceCode().value();
		return RequestView.of(request, departments.names(), resources.names(List.of(code)).get(code), Instant.now());
	}
}
