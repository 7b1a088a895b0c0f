package org.cityos.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.OpenType;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Resources;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.cityos.catalog.registration.CatalogSearch;
import org.cityos.catalog.registration.ResourceRegistration;
import org.cityos.directory.Department;
import org.cityos.directory.Departments;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * The catalog (政务信息资源目录): everyone logged in searches and reads it; a department's steward
 * (or an admin) registers and changes the department's resources.
 */
@RestController
@RequestMapping("/api/catalog/resources")
class ResourceController {

	private final Resources resources;

	private final CatalogSearch search;

	private final ResourceRegistration registration;

	private final Departments departments;

	ResourceController(Resources resources, CatalogSearch search, ResourceRegistration registration,
			Departments departments) {
		this.resources = resources;
		this.search = search;
		this.registration = registration;
		this.departments = departments;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	PageResult<ResourceListing> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable Subject subject,
			@RequestParam(required = false) @Nullable SharingType sharingType,
			@RequestParam(required = false) @Nullable OpenType openType,
			@RequestParam(required = false) @Nullable UpdateCycle cycle, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Map<String, String> names = departments.names();
		return search.search(new CatalogSearch.Query(q, department, subject, sharingType, openType, cycle),
				new PageRequest(page, size)).map(entry -> ResourceListing.of(entry, names.get(entry.providerCode())));
	}

	@GetMapping("/{code}")
	@PreAuthorize("isAuthenticated()")
	ResourceView one(@PathVariable String code) {
		return view(resources.require(new ResourceCode(code)));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	ResponseEntity<ResourceView> register(@Valid @RequestBody ResourceRequest request,
			@AuthenticationPrincipal CityPrincipal caller) {
		Resource registered = registration.register(request.toDraft(), caller);
		return ResponseEntity.created(URI.create("/api/catalog/resources/" + registered.code())).body(view(registered));
	}

	/** Changes the entry; changed items create the next version (see {@code /versions}). */
	@PutMapping("/{code}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD')")
	ResourceView change(@PathVariable String code, @Valid @RequestBody ResourceRequest request,
			@AuthenticationPrincipal CityPrincipal caller) {
		return view(registration.change(new ResourceCode(code), request.toDraft(), caller));
	}

	@GetMapping("/{code}/versions")
	@PreAuthorize("isAuthenticated()")
	List<VersionView> versions(@PathVariable String code) {
		Resource resource = resources.require(new ResourceCode(code));
		return resources.versions(resource.code()).stream().map(v -> VersionView.of(v, resource.version())).toList();
	}

	private ResourceView view(Resource resource) {
		return ResourceView.of(resource, departments.find(resource.providerCode()).map(Department::name).orElse(null));
	}

}
