package org.cityos.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.sharing.Grant;
import org.cityos.catalog.sharing.GrantState;
import org.cityos.catalog.sharing.Grants;
import org.cityos.catalog.sharing.SharedResources;
import org.cityos.catalog.sharing.SharingDesk;
import org.cityos.directory.Departments;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * 共享授权: the grants a department holds (as consumer; its systems may look too, to know what
 * they can read) or has given (as provider), and the provider's revocation.
 */
@RestController
@RequestMapping("/api/catalog/grants")
class GrantController {

	private final Grants grants;

	private final SharingDesk desk;

	private final SharedResources resources;

	private final Departments departments;

	GrantController(Grants grants, SharingDesk desk, SharedResources resources, Departments departments) {
		this.grants = grants;
		this.desk = desk;
		this.resources = resources;
		this.departments = departments;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	PageResult<GrantView> list(@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String resource,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@AuthenticationPrincipal CityPrincipal caller) {
		DepartmentScope scope = DepartmentScope.of(caller, role, department);
		Instant now = Instant.now();
		PageResult<Grant> found = grants.search(new Grants.Search(scope.consumerCode(), scope.providerCode(),
				scope.eitherCode(), EnumParameter.parse("state", state, GrantState.class),
				resource == null || resource.isBlank() ? null : new ResourceCode(resource)),
				now, new PageRequest(page, size));
		Map<String, String> names = departments.names();
		Map<String, String> resourceNames = resources.names(found.content().stream().map(g -> g.resourceCode().value()).toList());
		return found.map(g -> GrantView.of(g, names, resourceNames.get(g.resourceCode().value()), now));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	GrantView get(@PathVariable UUID id, @AuthenticationPrincipal CityPrincipal caller) {
		Grant grant = grants.find(id).orElseThrow(() -> new NotFoundException("No grant with id " + id));
		DepartmentScope.requireParty(caller, grant.consumerCode(), grant.providerCode(), "Grant " + id);
		return view(grant);
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	GrantView revoke(@PathVariable UUID id, @Valid @RequestBody RequestController.Reason body,
			@AuthenticationPrincipal CityPrincipal caller) {
		return view(desk.revoke(id, body.reason(), caller));
	}

	private GrantView view(Grant grant) {
		String code = grant.resourceCode().value();
		return GrantView.of(grant, departments.names(), resources.names(List.of(code)).get(code), Instant.now());
	}
}
