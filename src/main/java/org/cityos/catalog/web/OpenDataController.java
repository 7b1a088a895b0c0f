package org.cityos.catalog.web;

import java.time.Instant;
import java.util.List;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.Resource;
import org.cityos.catalog.exchange.RecordPage;
import org.cityos.catalog.open.DcatCatalog;
import org.cityos.catalog.open.OpenData;
import org.cityos.catalog.sharing.SharedResources.Entry;
import org.cityos.directory.Department;
import org.cityos.directory.Departments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** 开放数据: public, no login. Nothing personal is listed or returned here. */
@RestController
@RequestMapping("/open")
class OpenDataController {

	private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");

	private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

	private final OpenData openData;

	private final DcatCatalog dcat;

	private final Departments departments;

	OpenDataController(OpenData openData, DcatCatalog dcat, Departments departments) {
		this.openData = openData;
		this.dcat = dcat;
		this.departments = departments;
	}

	/** An open resource and the items anyone may read. */
	record OpenResource(String code, String name, String summary, String providerCode, String providerName,
			String subject, String subjectLabel, String updateCycle, String updateCycleLabel, int version,
			List<OpenItem> items, Instant updatedAt, String recordsUrl) {
	}

	record OpenItem(String name, String label, String type, boolean key) {
	}

	@GetMapping("/resources")
	@PreAuthorize("permitAll()")
	List<OpenResource> resources() {
		return openData.resources().stream().map(this::view).toList();
	}

	@GetMapping("/resources/{code}/records")
	@PreAuthorize("permitAll()")
	RecordPage records(@PathVariable String code, HttpServletRequest request) {
		return openData.read(code, request.getParameterMap());
	}

	@GetMapping("/catalog.ttl")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> turtle() {
		return ResponseEntity.ok().contentType(TURTLE).body(dcat.turtle(baseUrl()));
	}

	@GetMapping("/catalog.jsonld")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> jsonLd() {
		return ResponseEntity.ok().contentType(JSON_LD).body(dcat.jsonLd(baseUrl()));
	}

	private OpenResource view(Entry entry) {
		Resource r = entry.resource();
		String provider = departments.find(r.providerCode()).map(Department::name).orElse(r.providerCode());
		List<OpenItem> items = OpenData.publicItems(entry).stream()
			.map((InformationItem i) -> new OpenItem(i.name(), i.label(), i.type().name(), i.key()))
			.toList();
		return new OpenResource(r.code().value(), r.name(), r.summary(), r.providerCode(), provider, r.subject().name(),
				r.subject().label(), r.updateCycle().name(), r.updateCycle().label(), r.version(), items, r.updatedAt(),
				"/open/resources/" + r.code().value() + "/records");
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
