package org.cityos.cases.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityos.cases.Attachments;
import org.cityos.cases.Card;
import org.cityos.cases.Case;
import org.cityos.cases.CaseActor;
import org.cityos.cases.CaseDesk;
import org.cityos.cases.CaseDesk.Action;
import org.cityos.cases.CaseDesk.Intake;
import org.cityos.cases.CaseDesk.Received;
import org.cityos.cases.CaseStatus;
import org.cityos.cases.CaseVerb;
import org.cityos.cases.Cases;
import org.cityos.cases.Channel;
import org.cityos.cases.DuplicateFinder;
import org.cityos.cases.HotlineType;
import org.cityos.cases.LimitUnit;
import org.cityos.cases.PhotoUpload;
import org.cityos.cases.Satisfaction;
import org.cityos.cases.Urgency;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.directory.Departments;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import jakarta.validation.constraints.Size;

/**
 * 案件: intake, the list with filters, one case with its history, the workflow's verbs, duplicate
 * suggestions, attachments. Who sees and does what is in docs/cases.md ("Roles"); the role rule
 * is here, the department and grid rule in the desk.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	static final String READERS = "hasAnyRole('OPERATOR', 'ADMIN', 'LEADER', 'HANDLER', 'GRID_WORKER', 'SYSTEM')";

	private final CaseDesk desk;

	private final Cases cases;

	private final CaseViews views;

	private final CaseActors actors;

	private final DuplicateFinder duplicates;

	private final Attachments attachments;

	private final Departments departments;

	private final AuditLog audit;

	CaseController(CaseDesk desk, Cases cases, CaseViews views, CaseActors actors, DuplicateFinder duplicates,
			Attachments attachments, Departments departments, AuditLog audit) {
		this.desk = desk;
		this.cases = cases;
		this.views = views;
		this.actors = actors;
		this.duplicates = duplicates;
		this.attachments = attachments;
		this.departments = departments;
		this.audit = audit;
	}

	record IntakeBody(@Nullable Channel channel, @Nullable HotlineType hotlineType, @Nullable String categoryCode,
			@Nullable String description, @Nullable Urgency urgency, @Nullable Double lon, @Nullable Double lat,
			@Nullable String address, @Nullable String reporterName, @Nullable String reporterPhone,
			@Nullable String reporterEmail, @Nullable @Size(max = 20) List<CaseViews.PhotoBody> photos) {

		Intake intake() {
			return new Intake(channel, hotlineType, categoryCode, description, urgency, lon, lat, address, reporterName,
					reporterPhone, reporterEmail, CaseViews.photos(photos));
		}
	}

	record ActionBody(@Nullable @Size(max = 4000) String note, @Nullable String departmentCode, @Nullable Boolean passed,
			@Nullable Satisfaction satisfaction, @Nullable Integer amount, @Nullable LimitUnit unit,
			@Nullable String target, @Nullable Integer version, @Nullable @Size(max = 20) List<CaseViews.PhotoBody> photos) {
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN', 'GRID_WORKER', 'SYSTEM')")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> receive(@Valid @RequestBody IntakeBody body, @AuthenticationPrincipal CityPrincipal caller) {
		CaseActor actor = actors.of(caller);
		Received received = desk.receive(body.intake(), actor);
		return Map.of("case", views.detail(received.c(), actor), "duplicates",
				received.duplicates().stream().map(views::duplicate).toList());
	}

	@GetMapping
	@PreAuthorize(READERS)
	PageResult<CaseViews.Summary> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String street, @RequestParam(required = false) @Nullable String grid,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable Card card,
			@RequestParam(required = false) @Nullable Boolean supervised,
			@RequestParam(required = false) @Nullable Boolean extensionRequested,
			@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal CityPrincipal caller) {
		CaseActor actor = actors.of(caller);
		PageResult<Case> found = cases.search(new Cases.Search(statuses(status), department, category, street, grid,
				channel, overdue, card, text, from, to, supervised, actor.scope(), extensionRequested),
				new PageRequest(page, size));
		Map<String, String> names = departments.names();
		Instant now = Instant.now();
		return found.map(c -> views.summary(c, names, now));
	}

	@GetMapping("/{number}")
	@PreAuthorize(READERS)
	CaseViews.Detail get(@PathVariable String number, @AuthenticationPrincipal CityPrincipal caller) {
		CaseActor actor = actors.of(caller);
		return views.detail(desk.visible(number, actor), actor);
	}

	/** The reporter's name and phone unmasked, for the call-back (回访); every read is audited. */
	@GetMapping("/{number}/contact")
	@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
	Map<String, @Nullable String> contact(@PathVariable String number, @AuthenticationPrincipal CityPrincipal caller) {
		Case c = desk.visible(number, actors.of(caller));
		audit.record("cases.contact.read", "case " + number, AuditOutcome.SUCCESS, null);
		java.util.HashMap<String, @Nullable String> contact = new java.util.HashMap<>();
		contact.put("name", c.reporterName());
		contact.put("phone", c.reporterPhone());
		contact.put("email", c.reporterEmail());
		return contact;
	}

	@PostMapping("/{number}/{action}")
	@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN', 'HANDLER', 'GRID_WORKER')")
	CaseViews.Detail act(@PathVariable String number, @PathVariable String action,
			@Valid @RequestBody(required = false) @Nullable ActionBody body, @AuthenticationPrincipal CityPrincipal caller) {
		CaseVerb verb = CaseVerb.ofPath(action).orElseThrow(() -> new NotFoundException("No action '" + action
				+ "' on cases; the actions are " + Arrays.stream(CaseVerb.values()).map(CaseVerb::path).toList()));
		ActionBody b = body == null ? new ActionBody(null, null, null, null, null, null, null, null, null) : body;
		CaseActor actor = actors.of(caller);
		List<PhotoUpload> photos = CaseViews.photos(b.photos());
		Case c = desk.act(number, verb, new Action(b.note(), b.departmentCode(), b.passed(), b.satisfaction(), b.amount(),
				b.unit(), b.target(), b.version(), photos), actor);
		return views.detail(c, actor);
	}

	@GetMapping("/{number}/duplicates")
	@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
	List<CaseViews.DuplicateView> duplicates(@PathVariable String number, @AuthenticationPrincipal CityPrincipal caller) {
		return duplicates.around(desk.visible(number, actors.of(caller))).stream().map(views::duplicate).toList();
	}

	@GetMapping("/{number}/attachments/{id}")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable UUID id,
			@AuthenticationPrincipal CityPrincipal caller) {
		Case c = desk.visible(number, actors.of(caller));
		PhotoUpload file = attachments.content(c.id(), id)
			.orElseThrow(() -> new NotFoundException("No attachment " + id + " on case " + number));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName(),
					java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff").body(file.content());
	}

	private static @Nullable List<CaseStatus> statuses(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(CaseStatus::valueOf)
				.toList();
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.ofField("status", "one or more of " + Arrays.toString(CaseStatus.values())
					+ ", comma-separated");
		}
	}
}
