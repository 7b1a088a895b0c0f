package org.cityos.catalog.web;

import org.cityos.catalog.exchange.PersonalDataMask;
import java.util.function.UnaryOperator;
import org.cityos.shared.CsvCell;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Resources;
import org.cityos.catalog.Stewardship;
import org.cityos.catalog.collection.BatchFormat;
import org.cityos.catalog.collection.BatchRefusedException;
import org.cityos.catalog.collection.DataCollection;
import org.cityos.catalog.collection.DataCollection.BatchRequest;
import org.cityos.catalog.collection.DataCollection.Outcome;
import org.cityos.catalog.collection.Deliveries;
import org.cityos.catalog.collection.DeliveryReport;
import org.cityos.catalog.collection.RejectedValue;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 归集 over HTTP. A department's system (API token) or steward posts a batch as the request
 * body (streamed, never buffered): {@code text/csv} or {@code application/x-ndjson}, optionally
 * {@code Content-Encoding: gzip}; {@code batchId} names it (resending answers the first report,
 * 200 instead of 201), {@code mode=full|incremental}, {@code version} optionally asserts the
 * version the batch was built for. Reports are readable by the provider and admins only: they
 * hold the rejected values.
 */
@RestController
class DeliveryController {

	private final DataCollection collection;

	private final Deliveries deliveries;

	private final Resources resources;

	private final TransactionTemplate readOnly;

	DeliveryController(DataCollection collection, Deliveries deliveries, Resources resources,
			PlatformTransactionManager transactionManager) {
		this.collection = collection;
		this.deliveries = deliveries;
		this.resources = resources;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	@PostMapping("/api/catalog/resources/{code}/deliveries")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	ResponseEntity<DeliveryView> deliver(@PathVariable String code, @RequestParam(required = false) @Nullable String batchId,
			@RequestParam(required = false) @Nullable String mode, @RequestParam(required = false) @Nullable String version,
			HttpServletRequest request, @AuthenticationPrincipal CityPrincipal caller) throws IOException {
		ResourceCode resourceCode = new ResourceCode(code);
		Resource resource = resources.require(resourceCode);
		Stewardship.require(caller, resource.providerCode(), "deliver data for resource " + resourceCode);
		BatchFormat.Declared declared = BatchFormat.of(request.getContentType());
		BatchRequest batch = new BatchRequest(resourceCode, batchId == null ? "" : batchId.trim(), mode(mode),
				declared.format(), declared.charset(), version(version), request.getContentLengthLong(),
				gzip(request.getHeader(HttpHeaders.CONTENT_ENCODING)));
		Outcome outcome = collection.deliver(batch, request.getInputStream(), caller);
		DeliveryView view = detail(outcome.report(), shownTo(caller, outcome.report()));
		if (outcome.repeated()) {
			return ResponseEntity.ok(view);
		}
		return ResponseEntity.created(URI.create("/api/catalog/deliveries/" + view.id())).body(view);
	}

	/**
	 * A resource's deliveries, newest first. With {@code batchId}, only that batch: an upload page
	 * that chose the batch id finds its RUNNING delivery here while the upload is still going.
	 */
	@GetMapping("/api/catalog/resources/{code}/deliveries")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	PageResult<DeliveryView> history(@PathVariable String code, @RequestParam(required = false) @Nullable String batchId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@AuthenticationPrincipal CityPrincipal caller) {
		Resource resource = resources.require(new ResourceCode(code));
		Stewardship.require(caller, resource.providerCode(), "read the deliveries of resource " + code);
		PageRequest request = new PageRequest(page, size);
		if (batchId != null && !batchId.isBlank()) {
			List<DeliveryView> found = deliveries.find(resource.code(), batchId.trim()).stream()
				.map(r -> DeliveryView.of(r, null, null)).toList();
			return PageResult.of(page == 0 ? found : List.of(), request, found.size());
		}
		return deliveries.history(resource.code(), request).map(r -> DeliveryView.of(r, null, null));
	}

	/** The report; while RUNNING, {@code received} and {@code bytes} grow (updated about once a second). */
	@GetMapping("/api/catalog/deliveries/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	DeliveryView one(@PathVariable String id, @AuthenticationPrincipal CityPrincipal caller) {
		DeliveryReport report = readable(id, caller);
		return detail(report, shownTo(caller, report));
	}

	@GetMapping("/api/catalog/deliveries/{id}/rejections")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	PageResult<RejectedValue> rejections(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, @AuthenticationPrincipal CityPrincipal caller) {
		DeliveryReport report = readable(id, caller);
		return deliveries.rejections(report.id(), new PageRequest(page, size)).map(shownTo(caller, report));
	}

	/**
	 * Every problem of the rejected rows as CSV (UTF-8 with a byte order mark, so that Excel
	 * shows the Chinese): row, item, label, code, reason, value. Streamed from the database.
	 */
	@GetMapping("/api/catalog/deliveries/{id}/rejections.csv")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	void rejectionsCsv(@PathVariable String id, HttpServletResponse response, @AuthenticationPrincipal CityPrincipal caller)
			throws IOException {
		DeliveryReport report = readable(id, caller);
		Map<String, String> labels = resources.version(new ResourceCode(report.resourceCode()), report.version()).items()
			.stream().collect(Collectors.toMap(InformationItem::name, InformationItem::label));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rejections-" + report.resourceCode()
				+ "-" + report.batchId().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"");
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024);
		out.write('\uFEFF');
		out.write("row,item,label,code,reason,value\r\n");
		UnaryOperator<RejectedValue> shown = shownTo(caller, report);
		readOnly.executeWithoutResult(status -> deliveries.eachRejection(report.id(), stored -> {
			RejectedValue rejection = shown.apply(stored);
			try {
				out.write(rejection.row() + "," + CsvCell.of(rejection.item()) + ","
						+ CsvCell.of(rejection.item() == null ? null : labels.get(rejection.item())) + "," + CsvCell.of(rejection.code())
						+ "," + CsvCell.of(rejection.reason()) + "," + CsvCell.of(rejection.value()) + "\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
		out.flush();
	}

	private DeliveryView detail(DeliveryReport report, UnaryOperator<RejectedValue> shown) {
		PageResult<RejectedValue> first = deliveries.rejections(report.id(), new PageRequest(0, DeliveryView.FIRST_PROBLEMS))
			.map(shown);
		return DeliveryView.of(report, first.totalElements(), first.content());
	}

	/**
	 * Rejected values are the provider's raw input. Its own department sees them as sent; anyone
	 * else (the big data bureau's admins) sees personal items masked as in exchange, and no value
	 * where the item is unknown (a duplicate key's value is the key itself).
	 */
	private UnaryOperator<RejectedValue> shownTo(CityPrincipal caller, DeliveryReport report) {
		if (report.providerCode().equals(caller.departmentCode())) {
			return UnaryOperator.identity();
		}
		Map<String, InformationItem> personal = resources.version(new ResourceCode(report.resourceCode()), report.version())
			.items().stream().filter(i -> i.sensitivity().personal())
			.collect(Collectors.toMap(InformationItem::name, i -> i));
		return rejection -> {
			if (rejection.item() == null) {
				return withValue(rejection, null);
			}
			InformationItem item = personal.get(rejection.item());
			if (item == null) {
				return rejection;
			}
			Object masked = PersonalDataMask.of(item).apply(rejection.value());
			return withValue(rejection, masked == null ? null : masked.toString());
		};
	}

	private static RejectedValue withValue(RejectedValue rejection, @Nullable String value) {
		return new RejectedValue(rejection.row(), rejection.item(), rejection.code(), rejection.reason(), value);
	}

	private DeliveryReport readable(String id, CityPrincipal caller) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.ofField("id", "'" + id + "' is not a delivery id (a UUID)");
		}
		DeliveryReport report = deliveries.find(uuid).orElseThrow(() -> new NotFoundException("No delivery with id " + id));
		Stewardship.require(caller, report.providerCode(), "read delivery reports of department " + report.providerCode());
		return report;
	}

	private static DeliveryMode mode(@Nullable String mode) {
		if (mode == null || mode.isBlank()) {
			return DeliveryMode.FULL;
		}
		return switch (mode.trim().toLowerCase(Locale.ROOT)) {
			case "full" -> DeliveryMode.FULL;
			case "incremental" -> DeliveryMode.INCREMENTAL;
			default -> throw InvalidInputException.ofField("mode", "'" + mode + "' is not full or incremental");
		};
	}

	private static @Nullable Integer version(@Nullable String version) {
		if (version == null || version.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(version.trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.ofField("version", "'" + version + "' is not a version number");
		}
	}

	private static boolean gzip(@Nullable String encoding) {
		if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
			return false;
		}
		if (encoding.trim().equalsIgnoreCase("gzip")) {
			return true;
		}
		throw new BatchRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Content-Encoding " + encoding + " is not supported: send the batch plain or gzip-compressed.");
	}

}
