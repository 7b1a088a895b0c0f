package org.cityos.cases.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.cityos.cases.Attachments;
import org.cityos.cases.Case;
import org.cityos.cases.CaseActor;
import org.cityos.cases.CaseDesk;
import org.cityos.cases.CasePlace;
import org.cityos.cases.CaseStatus;
import org.cityos.cases.CaseTimeline;
import org.cityos.cases.CaseVerb;
import org.cityos.cases.Categories;
import org.cityos.cases.Category;
import org.cityos.cases.DuplicateFinder.Suggestion;
import org.cityos.cases.Extensions;
import org.cityos.cases.PhotoUpload;
import org.cityos.directory.Departments;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.Masking;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The JSON shapes of cases (docs/cases.md, "API shapes"): a summary for lists, the detail with history. */
@Component
class CaseViews {

	private final Categories categories;

	private final Departments departments;

	private final CaseTimeline timeline;

	private final Attachments attachments;

	private final Extensions extensions;

	private final CaseDesk desk;

	CaseViews(Categories categories, Departments departments, CaseTimeline timeline, Attachments attachments,
			Extensions extensions, CaseDesk desk) {
		this.categories = categories;
		this.departments = departments;
		this.timeline = timeline;
		this.attachments = attachments;
		this.extensions = extensions;
		this.desk = desk;
	}

	record Named(String code, String name) {
	}

	record CategoryRef(String code, String name, String path, String kind) {
	}

	record Reporter(@Nullable String name, @Nullable String phone) {
	}

	record Place(@Nullable Double lon, @Nullable Double lat, @Nullable String address, CasePlace.@Nullable Division grid,
			CasePlace.@Nullable Division community, CasePlace.@Nullable Division street,
			CasePlace.@Nullable Division district) {
	}

	record Summary(String number, int version, String status, String statusLabel, String channel, String channelLabel,
			@Nullable String hotlineType, @Nullable String hotlineTypeLabel, CategoryRef category, String description,
			String urgency, @Nullable Place place, @Nullable Named department, @Nullable String handler,
			Instant createdAt, @Nullable Instant dispatchedAt, @Nullable Instant dueAt, String card, boolean supervised,
			boolean overdue, @Nullable String satisfaction, @Nullable String satisfactionLabel,
			@Nullable String mergedInto) {
	}

	record Detail(String number, int version, String status, String statusLabel, @Nullable String resolution,
			String channel, String channelLabel, @Nullable String hotlineType, @Nullable String hotlineTypeLabel,
			CategoryRef category, String description, String urgency, @Nullable Place place, Reporter reporter,
			String reportedBy, @Nullable Named department, @Nullable String handler, @Nullable String answer,
			@Nullable String rejectReason, @Nullable String replyNote, Instant createdAt, @Nullable Instant registeredAt,
			@Nullable Instant dispatchedAt, @Nullable Instant acceptedAt, @Nullable Instant repliedAt,
			@Nullable Instant verifiedAt, @Nullable Instant closedAt, @Nullable TimeLimit timeLimit,
			@Nullable Instant yellowAt, @Nullable Instant dueAt, String card, boolean supervised, boolean overdue,
			int returnCount, int reworkCount, int reopenCount, int extensionCount, @Nullable String satisfaction,
			@Nullable String satisfactionLabel, @Nullable String ratingComment, @Nullable Instant ratedAt,
			@Nullable String mergedInto, List<String> mergedCases, List<Extensions.Extension> extensions,
			List<AttachmentView> attachments, List<CaseTimeline.Entry> events, List<String> allowedActions) {
	}

	record TimeLimit(int amount, String unit) {
	}

	record AttachmentView(String id, String kind, String fileName, String contentType, int size, String uploadedBy,
			Instant uploadedAt, String url) {
	}

	record DuplicateView(String number, String status, String statusLabel, String categoryCode, Instant createdAt,
			String description, String address, int distanceMetres) {
	}

	record PhotoBody(@Nullable String fileName, @Nullable String contentType, @Nullable String data) {
	}

	Summary summary(Case c, Map<String, String> departmentNames, Instant now) {
		return new Summary(c.number(), c.version(), c.status().name(), c.status().label(), c.channel().name(),
				c.channel().label(), c.hotlineType() == null ? null : c.hotlineType().name(),
				c.hotlineType() == null ? null : c.hotlineType().label(), category(c.categoryCode()), c.description(),
				c.urgency().name(), place(c), department(c.departmentCode(), departmentNames), c.handler(), c.createdAt(),
				c.dispatchedAt(), c.deadline() == null ? null : c.deadline().dueAt(), c.card().name(), c.supervised(),
				c.overdueAt(now), c.satisfaction() == null ? null : c.satisfaction().name(),
				c.satisfaction() == null ? null : c.satisfaction().label(), c.masterNumber());
	}

	Detail detail(Case c, CaseActor actor) {
		Instant now = Instant.now();
		Map<String, String> names = departments.names();
		List<AttachmentView> files = attachments.of(c.id()).stream()
			.map(a -> new AttachmentView(a.id().toString(), a.kind(), a.fileName(), a.contentType(), a.size(),
					a.uploadedBy(), a.uploadedAt(), "/api/cases/" + c.number() + "/attachments/" + a.id()))
			.toList();
		List<String> merged = desk.mergedInto(c.number()).stream().map(Case::number).toList();
		return new Detail(c.number(), c.version(), c.status().name(), c.status().label(),
				c.resolution() == null ? null : c.resolution().name(), c.channel().name(), c.channel().label(),
				c.hotlineType() == null ? null : c.hotlineType().name(),
				c.hotlineType() == null ? null : c.hotlineType().label(), category(c.categoryCode()), c.description(),
				c.urgency().name(), place(c), new Reporter(Masking.name(c.reporterName()),
						Masking.phoneNumber(c.reporterPhone())),
				c.reportedBy(), department(c.departmentCode(), names), c.handler(), c.answer(), c.rejectReason(),
				c.replyNote(), c.createdAt(), c.registeredAt(), c.dispatchedAt(), c.acceptedAt(), c.repliedAt(),
				c.verifiedAt(), c.closedAt(),
				c.deadline() == null ? null : new TimeLimit(c.deadline().amount(), c.deadline().unit().name()),
				c.deadline() == null ? null : c.deadline().yellowAt(), c.deadline() == null ? null : c.deadline().dueAt(),
				c.card().name(), c.supervised(), c.overdueAt(now), c.returnCount(), c.reworkCount(), c.reopenCount(),
				c.extensionCount(), c.satisfaction() == null ? null : c.satisfaction().name(),
				c.satisfaction() == null ? null : c.satisfaction().label(), c.ratingComment(), c.ratedAt(),
				c.masterNumber(), merged, extensions.list(c.id()), files, timeline.of(c.id()), allowed(c, actor));
	}

	DuplicateView duplicate(Suggestion s) {
		return new DuplicateView(s.number(), s.status().name(), s.status().label(), s.categoryCode(), s.createdAt(),
				s.description(), s.address(), s.distanceMetres());
	}

	/** The verbs the actor could use now (the UI shows these buttons). */
	List<String> allowed(Case c, CaseActor actor) {
		List<String> verbs = new ArrayList<>();
		boolean pending = c.status() != CaseStatus.CLOSED && extensions.pending(c.id()).isPresent();
		for (CaseVerb verb : CaseVerb.values()) {
			if (!verb.allowedIn(c.status()) || !desk.mayAct(c, verb, actor)) {
				continue;
			}
			boolean applicable = switch (verb) {
				case RATE -> c.ratedAt() == null;
				case REOPEN -> c.satisfaction() != null && !c.satisfaction().satisfied()
						&& c.resolution() != org.cityos.cases.Resolution.MERGED;
				case EXTEND -> !pending;
				case APPROVE_EXTENSION, REFUSE_EXTENSION -> pending;
				default -> true;
			};
			if (applicable) {
				verbs.add(verb.path());
			}
		}
		return verbs;
	}

	CategoryRef category(String code) {
		Category category = categories.find(code).orElse(null);
		return new CategoryRef(code, categories.name(code), categories.pathName(code),
				category == null ? "" : category.kind().name());
	}

	private static @Nullable Place place(Case c) {
		CasePlace p = c.place();
		return p == null ? null : new Place(p.lon(), p.lat(), p.address(), p.grid(), p.community(), p.street(), p.district());
	}

	private static @Nullable Named department(@Nullable String code, Map<String, String> names) {
		return code == null ? null : new Named(code, names.getOrDefault(code, code));
	}

	static List<PhotoUpload> photos(@Nullable List<PhotoBody> bodies) {
		if (bodies == null) {
			return List.of();
		}
		List<PhotoUpload> photos = new ArrayList<>();
		for (int i = 0; i < bodies.size(); i++) {
			PhotoBody body = bodies.get(i);
			if (body == null || body.data() == null || body.data().isBlank()) {
				throw InvalidInputException.ofField("photos[" + i + "].data", "the photo's bytes, base64-encoded");
			}
			byte[] bytes;
			try {
				bytes = Base64.getMimeDecoder().decode(body.data());
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInputException.ofField("photos[" + i + "].data", "not valid base64");
			}
			photos.add(new PhotoUpload(body.fileName() == null ? "photo-" + (i + 1) : body.fileName(),
					body.contentType() == null ? "" : body.contentType(), bytes));
		}
		return photos;
	}
}
