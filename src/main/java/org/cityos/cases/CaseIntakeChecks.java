package org.cityos.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityos.cases.CasePlace.Division;
import org.cityos.geography.CityMap;
import org.cityos.geography.DivisionReference;
import org.cityos.geography.Location;
import org.cityos.shared.GeoPoint;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.PhoneNumber;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Checks an intake completely before anything is written: the channel the actor may use, the
 * category, the text, the place (inside the city), the reporter's phone and the photos (type by
 * their bytes, size limit → 413).
 */
@Component
class CaseIntakeChecks {

	static final int MAX_DESCRIPTION = 4000;

	private final Categories categories;

	private final CityMap map;

	private final CasesProperties properties;

	CaseIntakeChecks(Categories categories, CityMap map, CasesProperties properties) {
		this.categories = categories;
		this.map = map;
		this.properties = properties;
	}

	record Checked(Channel channel, Category category, String description, @Nullable CasePlace place,
			@Nullable String reporterName, @Nullable String reporterPhone, @Nullable String reporterEmail,
			List<PhotoUpload> photos) {
	}

	Checked check(CaseDesk.Intake intake, CaseActor actor) {
		Channel channel = channel(intake.channel(), actor);
		if (channel == Channel.HOTLINE && intake.hotlineType() == null) {
			throw InvalidInputException.ofField("hotlineType", "a 12345 call needs its type: one of "
					+ List.of(HotlineType.values()));
		}
		Category category = categories.resolveForFiling("categoryCode", intake.categoryCode());
		String description = intake.description() == null ? "" : intake.description().strip();
		if (description.isEmpty()) {
			throw InvalidInputException.ofField("description", "describe the problem");
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw InvalidInputException.ofField("description", "at most " + MAX_DESCRIPTION + " characters");
		}
		CasePlace place = place(intake);
		boolean placeOptional = intake.hotlineType() != null && !intake.hotlineType().needsLocation();
		if ((place == null || place.lon() == null) && !placeOptional) {
			throw InvalidInputException.ofField("lon", "the place is required (lon and lat, WGS-84); only a "
					+ "consultation or a suggestion may come without one");
		}
		String phone = null;
		if (intake.reporterPhone() != null && !intake.reporterPhone().isBlank()) {
			phone = PhoneNumber.tryParse(intake.reporterPhone()).map(PhoneNumber::value).orElseThrow(
					() -> InvalidInputException.ofField("reporterPhone", "not a mainland phone number (11-digit mobile "
							+ "or area code + local number)"));
		}
		String name = optional("reporterName", intake.reporterName(), 100);
		String email = optional("reporterEmail", intake.reporterEmail(), 200);
		return new Checked(channel, category, description, place, name, phone, email, photos(intake.photos()));
	}

	/** Checks photos: how many, the size of each (413), the type against the bytes. */
	List<PhotoUpload> photos(List<PhotoUpload> photos) {
		if (photos.size() > properties.maxPhotos()) {
			throw InvalidInputException.ofField("photos", "at most " + properties.maxPhotos() + " photos");
		}
		List<PhotoUpload> checked = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			PhotoUpload photo = photos.get(i);
			if (photo.content().length > properties.maxPhotoSize().toBytes()) {
				throw tooLarge("photos[" + i + "] (" + photo.fileName() + ") has " + photo.content().length
						+ " bytes; the limit is " + properties.maxPhotoSize().toBytes() + " bytes");
			}
			if (photo.content().length == 0) {
				throw InvalidInputException.ofField("photos[" + i + "]", "is empty");
			}
			checked.add(photo.checked("photos[" + i + "]"));
		}
		return checked;
	}

	static ErrorResponseException tooLarge(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
		problem.setTitle("Content too large");
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
	}

	private static Channel channel(@Nullable Channel asked, CaseActor actor) {
		if (actor.citizen()) {
			return asked == Channel.OPEN311 ? Channel.OPEN311 : Channel.WEB;
		}
		if (actor.has(Role.OPERATOR) || actor.has(Role.ADMIN)) {
			if (asked == Channel.OPEN311) {
				throw InvalidInputException.ofField("channel", "Open311 requests come through /open311/v2 only");
			}
			return asked == null ? Channel.HOTLINE : asked;
		}
		if (actor.has(Role.GRID_WORKER)) {
			return Channel.GRID_WORKER;
		}
		if (actor.has(Role.SYSTEM)) {
			if (asked != null && asked != Channel.IOT_ALERT && asked != Channel.SUPERIOR) {
				throw InvalidInputException.ofField("channel", "a department system reports IOT_ALERT or SUPERIOR cases");
			}
			return asked == null ? Channel.IOT_ALERT : asked;
		}
		throw new org.springframework.security.access.AccessDeniedException("Your role may not take cases in");
	}

	private @Nullable CasePlace place(CaseDesk.Intake intake) {
		String address = optional("address", intake.address(), 300);
		if (intake.lon() == null && intake.lat() == null) {
			return address == null ? null : new CasePlace(null, null, address, null, null, null, null);
		}
		if (intake.lon() == null || intake.lat() == null) {
			throw InvalidInputException.ofField(intake.lon() == null ? "lon" : "lat", "give both lon and lat");
		}
		GeoPoint point = new GeoPoint(intake.lon(), intake.lat());
		Optional<Location> location = map.locate(point);
		if (location.isEmpty()) {
			throw InvalidInputException.ofField("lon", "the point (" + point.lon() + ", " + point.lat()
					+ ") is outside the city");
		}
		Location l = location.get();
		return new CasePlace(point.lon(), point.lat(), address, division(l.grid()), division(l.community()),
				division(l.street()), division(l.district()));
	}

	private static Division division(DivisionReference reference) {
		return new Division(reference.code().value(), reference.name());
	}

	private static @Nullable String optional(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > max) {
			throw InvalidInputException.ofField(field, "at most " + max + " characters");
		}
		return trimmed;
	}
}
