package org.cityos.cases.open311;

import static org.cityos.cases.open311.Open311Document.fields;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.Case;
import org.cityos.cases.CaseActor;
import org.cityos.cases.CaseDesk;
import org.cityos.cases.CaseDesk.Intake;
import org.cityos.cases.Categories;
import org.cityos.cases.Category;
import org.cityos.cases.CasesProperties;
import org.cityos.cases.Channel;
import org.cityos.cases.Urgency;
import org.cityos.directory.ApiToken;
import org.cityos.directory.ApiTokens;
import org.cityos.directory.TokenAdministration;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the cases: services are the
 * category tree's minor classes, requests are cases. Every method in XML and JSON by the path's
 * suffix; errors in the spec's {@code errors/error(code, description)} form with 400, 403 (api_key)
 * or 404. Posting needs an {@code api_key}: a CityOS API token (a department's or a partner's).
 * Only requests filed through Open311 show their description, as the people who filed them chose
 * a public API; other cases show their status without it. Requests are created at once
 * (service type {@code realtime}), so no tokens are issued and every token is 404.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);

	static final MediaType XML = MediaType.parseMediaType("text/xml; charset=utf-8");

	static final MediaType JSON = MediaType.parseMediaType("application/json; charset=utf-8");

	private static final DateTimeFormatter W3 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private static final Duration MAX_SPAN = Duration.ofDays(90);

	private final Categories categories;

	private final CaseDesk desk;

	private final Open311Requests requests;

	private final ApiTokens tokens;

	private final CasesProperties properties;

	private final ZoneId zone;

	private final org.cityos.directory.Departments departments;

	Open311Controller(Categories categories, CaseDesk desk, Open311Requests requests, ApiTokens tokens,
			CasesProperties properties, WorkingCalendar calendar, org.cityos.directory.Departments departments) {
		this.departments = departments;
		this.categories = categories;
		this.desk = desk;
		this.requests = requests;
		this.tokens = tokens;
		this.properties = properties;
		this.zone = calendar.zone();
	}

	/** An error in the spec's form. */
	static final class Open311Exception extends RuntimeException {

		final HttpStatus status;

		Open311Exception(HttpStatus status, String description) {
			super(description);
			this.status = status;
		}
	}

	@GetMapping("/services.{format}")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		Format f = Format.of(format);
		jurisdiction(jurisdiction);
		List<Map<String, Object>> services = categories.all().stream().filter(c -> !c.isMajor() && c.active())
			.map(c -> fields("service_code", c.code(), "service_name", c.name(), "description",
					c.description() == null ? categories.pathName(c.code()) : c.description(), "metadata", false, "type",
					"realtime", "keywords", c.keywords() == null ? "" : c.keywords().replace(",", ", "), "group",
					categories.name(c.parentCode())))
			.toList();
		return f.answer(HttpStatus.OK, Open311Document.list("services", "service", services));
	}

	@GetMapping("/services/{code}.{format}")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		Format f = Format.of(format);
		jurisdiction(jurisdiction);
		Category category = service(code);
		return f.answer(HttpStatus.OK, Open311Document.single("service_definition", fields("service_code",
				category.code(), "attributes", new Open311Document.Nested("attribute", List.of()))));
	}

	@PostMapping(path = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@PreAuthorize("permitAll()")
	ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request) {
		Format f = Format.of(format);
		ApiToken key = apiKey(form.getFirst("api_key"));
		jurisdiction(form.getFirst("jurisdiction_id"));
		String code = form.getFirst("service_code");
		if (code == null || code.isBlank()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "service_code was not provided");
		}
		Category category = service(code);
		Double lat = number(form.getFirst("lat"), "lat");
		Double lon = number(form.getFirst("long"), "long");
		if (lat == null || lon == null) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "lat and long are required: this jurisdiction places "
					+ "every request on its map (address_string or address_id alone cannot be placed)");
		}
		String description = form.getFirst("description");
		if (description != null && description.length() > 4000) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "description is limited to 4,000 characters");
		}
		String media = form.getFirst("media_url");
		String text = (description == null || description.isBlank() ? category.name() : description.strip())
				+ (media == null || media.isBlank() ? "" : "\nmedia_url: " + media.strip());
		String name = String.join("", nonBlank(form.getFirst("last_name")), nonBlank(form.getFirst("first_name")));
		Case c = desk.receive(new Intake(Channel.OPEN311, null, category.code(), text, Urgency.NORMAL, lon, lat,
				form.getFirst("address_string"), name.isBlank() ? null : name, form.getFirst("phone"),
				form.getFirst("email"), List.of()), CaseActor.citizen("open311:" + key.departmentCode() + ":" + key.name()))
			.c();
		log.debug("Open311 request {} from {}", c.number(), request.getRemoteAddr());
		String accountId = form.getFirst("account_id");
		return f.answer(HttpStatus.OK, Open311Document.list("service_requests", "request",
				List.of(fields("service_request_id", c.number(), "service_notice",
						"已受理，将按“" + categories.pathName(category.code()) + "”的处置时限办理。", "account_id",
						accountId == null || accountId.isBlank() ? null : accountId))));
	}

	@GetMapping("/requests.{format}")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> list(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
			@RequestParam(name = "service_request_id", required = false) @Nullable String ids,
			@RequestParam(name = "service_code", required = false) @Nullable String codes,
			@RequestParam(name = "status", required = false) @Nullable String statuses,
			@RequestParam(name = "start_date", required = false) @Nullable String start,
			@RequestParam(name = "end_date", required = false) @Nullable String end) {
		Format f = Format.of(format);
		jurisdiction(jurisdiction);
		List<Open311Requests.Row> rows;
		if (ids != null && !ids.isBlank()) {
			rows = requests.byNumbers(split(ids));
		}
		else {
			Instant to = end == null || end.isBlank() ? null : date(end, "end_date");
			Instant from = start == null || start.isBlank() ? null : date(start, "start_date");
			if (to == null) {
				to = from == null ? Instant.now() : from.plus(MAX_SPAN);
			}
			if (from == null) {
				from = to.minus(MAX_SPAN);
			}
			if (from.isAfter(to)) {
				throw new Open311Exception(HttpStatus.BAD_REQUEST, "start_date is after end_date");
			}
			if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
				throw new Open311Exception(HttpStatus.BAD_REQUEST, "start_date and end_date may not span more than 90 days");
			}
			List<String> categoryCodes = codes == null || codes.isBlank() ? null
					: split(codes).stream().map(c -> categories.lookup(c).map(Category::code).orElse(c)).toList();
			List<String> status = statuses == null || statuses.isBlank() ? null : split(statuses);
			if (status != null && !List.of("open", "closed").containsAll(status)) {
				throw new Open311Exception(HttpStatus.BAD_REQUEST, "status must be open, closed or both (comma-separated)");
			}
			rows = requests.search(categoryCodes, status, from, to, 1000);
		}
		return f.answer(HttpStatus.OK, Open311Document.list("service_requests", "request",
				rows.stream().map(this::request).toList()));
	}

	@GetMapping("/requests/{id}.{format}")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		Format f = Format.of(format);
		jurisdiction(jurisdiction);
		List<Open311Requests.Row> rows = requests.byNumbers(List.of(id));
		if (rows.isEmpty()) {
			throw new Open311Exception(HttpStatus.NOT_FOUND, "service_request_id " + id + " was not found");
		}
		return f.answer(HttpStatus.OK, Open311Document.list("service_requests", "request", List.of(request(rows.get(0)))));
	}

	@GetMapping("/tokens/{token}.{format}")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		Format.of(format);
		jurisdiction(jurisdiction);
		throw new Open311Exception(HttpStatus.NOT_FOUND, "token " + token + " was not found: this jurisdiction "
				+ "creates requests in real time and answers their service_request_id at once");
	}

	private Map<String, Object> request(Open311Requests.Row r) {
		return fields("service_request_id", r.number(), "status", r.open() ? "open" : "closed", "status_notes",
				r.statusNotes(), "service_name", categories.name(r.categoryCode()), "service_code", r.categoryCode(),
				"description", r.description(), "agency_responsible", r.agency() == null ? null : departments.names().getOrDefault(r.agency(), r.agency()), "service_notice", null,
				"requested_datetime", w3(r.requestedAt()), "updated_datetime", w3(r.updatedAt()), "expected_datetime",
				r.dueAt() == null ? null : w3(r.dueAt()), "address", r.address(), "address_id", null, "zipcode", null,
				"lat", r.lat(), "long", r.lon(), "media_url", null);
	}

	private String w3(Instant instant) {
		return W3.format(instant.atZone(zone));
	}

	private Category service(String code) {
		return categories.lookup(code).filter(c -> !c.isMajor() && c.active())
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service_code " + code + " was not found"));
	}

	private void jurisdiction(@Nullable String jurisdiction) {
		if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(properties.open311Jurisdiction())) {
			throw new Open311Exception(HttpStatus.NOT_FOUND, "jurisdiction_id " + jurisdiction + " was not found; this "
					+ "endpoint serves " + properties.open311Jurisdiction());
		}
	}

	private ApiToken apiKey(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new Open311Exception(HttpStatus.FORBIDDEN, "api_key was not provided -- can't proceed with create_request.");
		}
		String secret = key.trim();
		if (!secret.startsWith(TokenAdministration.TOKEN_PREFIX) || secret.length() > 100) {
			throw new Open311Exception(HttpStatus.FORBIDDEN, "Invalid api_key received -- can't proceed with create_request.");
		}
		return tokens.findByHash(TokenAdministration.hash(secret)).filter(t -> t.usableAt(Instant.now()))
			.orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN,
					"Invalid api_key received -- can't proceed with create_request."));
	}

	private static @Nullable Double number(@Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, field + " is not a number: " + text);
		}
	}

	private static Instant date(String text, String field) {
		try {
			return OffsetDateTime.parse(text.trim()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, field + " must be a w3 date-time with a zone, e.g. "
					+ "2010-01-01T00:00:00Z; was " + text);
		}
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).limit(1000).toList();
	}

	private static String nonBlank(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

	// ---- errors in the spec's form, in the format the path asked for

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<String> open311(Open311Exception ex, HttpServletRequest request) {
		return error(request, ex.status, ex.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException ex, HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException ex, HttpServletRequest request) {
		return error(request, HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(org.springframework.web.ErrorResponseException.class)
	ResponseEntity<String> framework(org.springframework.web.ErrorResponseException ex, HttpServletRequest request) {
		return error(request, HttpStatus.valueOf(ex.getStatusCode().value()), String.valueOf(ex.getBody().getDetail()));
	}

	private static ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
		Format f = request.getRequestURI().endsWith(".xml") ? Format.XML : Format.JSON;
		return f.answer(status, Open311Document.list("errors", "error",
				List.of(fields("code", status.value(), "description", description))));
	}

	/** The two formats, chosen by the path's suffix. */
	enum Format {
		JSON, XML;

		static Format of(String suffix) {
			return switch (suffix) {
				case "json" -> JSON;
				case "xml" -> XML;
				default -> throw new Open311Exception(HttpStatus.BAD_REQUEST, "format ." + suffix
						+ " is not supported: use .xml or .json");
			};
		}

		ResponseEntity<String> answer(HttpStatus status, Open311Document document) {
			return ResponseEntity.status(status).contentType(this == XML ? Open311Controller.XML : Open311Controller.JSON)
				.body(this == XML ? document.xml() : document.json());
		}
	}

}
