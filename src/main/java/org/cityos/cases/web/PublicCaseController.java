package org.cityos.cases.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cityos.cases.Case;
import org.cityos.cases.CaseActor;
import org.cityos.cases.CaseDesk;
import org.cityos.cases.CaseDesk.Action;
import org.cityos.cases.CaseDesk.Intake;
import org.cityos.cases.CaseStatus;
import org.cityos.cases.CaseTimeline;
import org.cityos.cases.CaseVerb;
import org.cityos.cases.Categories;
import org.cityos.cases.CasesProperties;
import org.cityos.cases.Channel;
import org.cityos.cases.HotlineType;
import org.cityos.cases.Satisfaction;
import org.cityos.cases.Urgency;
import org.cityos.directory.Departments;
import org.cityos.geography.CityMap;
import org.cityos.geography.DivisionLevel;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * For citizens, without an account: report a problem (rate-limited per client address), follow a
 * case by its number and the last four digits of the phone given when reporting, and rate it.
 * A wrong suffix and an unknown number get the same 404, so numbers cannot be probed; queries are
 * rate-limited too, so the 10,000 suffixes cannot be tried. Answers hold no personal data.
 */
@RestController
@RequestMapping("/api/public/cases")
class PublicCaseController {

	/** History actions a citizen sees, with their public wording. */
	private static final Map<String, String> PUBLIC_STEPS = Map.ofEntries(Map.entry("receive", "已受理"),
			Map.entry("register", "已立案"), Map.entry("dispatch", "已派至承办部门"), Map.entry("accept", "承办部门已签收"),
			Map.entry("reply", "承办部门已反馈处理结果"), Map.entry("verify", "已核查"), Map.entry("close", "已办结"),
			Map.entry("answer", "已答复"), Map.entry("reject", "不予受理"), Map.entry("merge", "与同一问题的案件合并办理"),
			Map.entry("follow-master", "已随合并案件办结"), Map.entry("rate", "已评价"), Map.entry("reopen", "重新办理"),
			Map.entry("overdue", "已督办"), Map.entry("approve-extension", "办理期限已延长"));

	private final CaseDesk desk;

	private final Categories categories;

	private final Departments departments;

	private final CaseTimeline timeline;

	private final CityMap cityMap;

	private final ClientRateLimits reports;

	private final ClientRateLimits queries;

	PublicCaseController(CaseDesk desk, Categories categories, Departments departments, CaseTimeline timeline,
			CityMap cityMap, CasesProperties properties) {
		this.desk = desk;
		this.cityMap = cityMap;
		this.categories = categories;
		this.departments = departments;
		this.timeline = timeline;
		this.reports = new ClientRateLimits("reports", properties.publicReportsPerHour(), Duration.ofHours(1));
		this.queries = new ClientRateLimits("queries", properties.publicQueriesPerMinute(), Duration.ofMinutes(1));
	}

	record ReportBody(@Nullable HotlineType hotlineType, @Nullable String categoryCode, @Nullable String description,
			@Nullable Double lon, @Nullable Double lat, @Nullable String address, @Nullable String reporterName,
			@Nullable String reporterPhone, @Nullable @Size(max = 6) List<CaseViews.PhotoBody> photos) {
	}

	record Reported(String number, String status, String statusLabel, String followUp) {
	}

	record RatingBody(@NotNull @Size(min = 4, max = 4) String phoneLast4, @NotNull Satisfaction satisfaction,
			@Nullable @Size(max = 1000) String comment) {
	}

	record Step(Instant at, String action, String label) {
	}

	record PublicCase(String number, String status, String statusLabel, String category, Instant createdAt,
			@Nullable String department, @Nullable Instant dueAt, @Nullable Instant closedAt, @Nullable String answer,
			@Nullable String satisfaction, boolean canRate, List<Step> steps) {
	}

	record PublicCategory(String code, String name, String group, String kind) {
	}

	@GetMapping("/categories")
	@PreAuthorize("permitAll()")
	List<PublicCategory> categories() {
		return categories.all().stream().filter(c -> !c.isMajor() && c.active())
			.map(c -> new PublicCategory(c.code(), c.name(), categories.name(c.parentCode()), c.kind().name())).toList();
	}

	/**
	 * The outlines of the city's districts or streets for the public report page's map (the
	 * citizen taps where the problem is). Administrative boundaries are public knowledge; grids
	 * and communities stay behind the login.
	 */
	@GetMapping("/map/{level}")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> map(@PathVariable String level) {
		DivisionLevel wanted = DivisionLevel.parse("level", level);
		if (wanted != DivisionLevel.DISTRICT && wanted != DivisionLevel.STREET) {
			throw InvalidInputException.ofField("level", "district or street");
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(cityMap.layer(wanted, null));
	}

	@PostMapping
	@PreAuthorize("permitAll()")
	@ResponseStatus(HttpStatus.CREATED)
	Reported report(@Valid @RequestBody ReportBody body, HttpServletRequest request) {
		reports.take(request.getRemoteAddr(), System.nanoTime());
		if (body.reporterPhone() == null || body.reporterPhone().isBlank()) {
			throw InvalidInputException.ofField("reporterPhone", "needed to follow the case and to call you back");
		}
		Case c = desk.receive(new Intake(Channel.WEB, body.hotlineType(), body.categoryCode(), body.description(),
				Urgency.NORMAL, body.lon(), body.lat(), body.address(), body.reporterName(), body.reporterPhone(), null,
				CaseViews.photos(body.photos())), CaseActor.citizen("public:" + request.getRemoteAddr())).c();
		return new Reported(c.number(), c.status().name(), c.status().label(),
				"/api/public/cases/" + c.number() + "?phoneLast4=");
	}

	@GetMapping("/{number}")
	@PreAuthorize("permitAll()")
	PublicCase follow(@PathVariable String number, @RequestParam(required = false) @Nullable String phoneLast4,
			HttpServletRequest request) {
		queries.take(request.getRemoteAddr(), System.nanoTime());
		return view(matching(number, phoneLast4));
	}

	@PostMapping("/{number}/rating")
	@PreAuthorize("permitAll()")
	PublicCase rate(@PathVariable String number, @Valid @RequestBody RatingBody body, HttpServletRequest request) {
		queries.take(request.getRemoteAddr(), System.nanoTime());
		Case c = matching(number, body.phoneLast4());
		Case rated = desk.act(c.number(), CaseVerb.RATE, new Action(body.comment(), null, null, body.satisfaction(), null,
				null, null, null, List.of()), CaseActor.citizen("public:" + request.getRemoteAddr()));
		return view(rated);
	}

	private Case matching(String number, @Nullable String phoneLast4) {
		NotFoundException notFound = new NotFoundException(
				"No case with this number and these last four phone digits");
		if (number.length() > 20 || phoneLast4 == null) {
			throw notFound;
		}
		Case c;
		try {
			c = desk.require(number);
		}
		catch (NotFoundException ex) {
			throw notFound;
		}
		String expected = c.phoneLast4();
		if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				phoneLast4.getBytes(StandardCharsets.UTF_8))) {
			throw notFound;
		}
		return c;
	}

	private PublicCase view(Case c) {
		List<Step> steps = timeline.of(c.id()).stream().filter(e -> PUBLIC_STEPS.containsKey(e.action()))
			.map(e -> new Step(e.at(), e.action(), PUBLIC_STEPS.get(e.action()))).toList();
		String answer = c.status() == CaseStatus.REJECTED ? c.rejectReason()
				: c.answer() != null ? c.answer() : c.status() == CaseStatus.CLOSED ? c.replyNote() : null;
		return new PublicCase(c.number(), c.status().name(), c.status().label(), categories.pathName(c.categoryCode()),
				c.createdAt(), c.departmentCode() == null ? null : departments.names().get(c.departmentCode()),
				c.deadline() == null ? null : c.deadline().dueAt(), c.closedAt(), answer,
				c.satisfaction() == null ? null : c.satisfaction().label(),
				c.status() == CaseStatus.CLOSED && c.ratedAt() == null, steps);
	}
}
