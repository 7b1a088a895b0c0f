package org.cityos.registry.desk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Resources;
import org.cityos.registry.DiscrepancyAnswered;
import org.cityos.registry.DiscrepancyState;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.comparison.Discrepancies;
import org.cityos.registry.comparison.Discrepancies.Discrepancy;
import org.cityos.registry.comparison.Discrepancies.Step;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.cityos.registry.desk.DiscrepancyTransitions.Answer;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 校核纠错 desk: the providing department's steward confirms its value wrong (it has
 * {@value #WORKING_DAYS_TO_CORRECT} working days to deliver the correction, which a comparison
 * then closes) or disputes it with evidence (the bureau has {@value #WORKING_DAYS_TO_ARBITRATE}
 * working days to arbitrate). Each step locks the item, is kept as a step, audited, and published.
 */
@Service
public class DiscrepancyDesk {

	static final int WORKING_DAYS_TO_CORRECT = 10;

	static final int WORKING_DAYS_TO_ARBITRATE = 5;

	static final int MAX_TEXT = 2000;

	private final Discrepancies discrepancies;

	private final RegistryDefinitions definitions;

	private final Resources resources;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	DiscrepancyDesk(Discrepancies discrepancies, RegistryDefinitions definitions, Resources resources,
			WorkingCalendar calendar, AuditLog audit, ApplicationEventPublisher events) {
		this.discrepancies = discrepancies;
		this.definitions = definitions;
		this.resources = resources;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
	}

	/** A discrepancy with its steps, for the one who may see it. */
	public record Detail(Discrepancy discrepancy, List<Step> steps) {
	}

	@Transactional(readOnly = true)
	public Detail detail(String registry, UUID id, CityPrincipal caller) {
		definitions.require(registry);
		Discrepancy discrepancy = discrepancies.find(registry, id).orElseThrow(() -> notFound(registry, id));
		requireViewer(discrepancy, caller);
		return new Detail(discrepancy, discrepancies.steps(id));
	}

	/** 确认: the department's own value is wrong; the next delivery must correct it. */
	@Transactional
	public Detail confirm(String registry, UUID id, @Nullable String note, CityPrincipal caller) {
		Discrepancy discrepancy = lock(registry, id);
		requireProvider(discrepancy, caller);
		Instant now = Instant.now();
		return take(discrepancy, Answer.CONFIRM, dueIn(now, WORKING_DAYS_TO_CORRECT), null, null, text("note", note),
				caller, now);
	}

	/** 申诉: the department holds its value right and says why; the bureau arbitrates. */
	@Transactional
	public Detail dispute(String registry, UUID id, @Nullable String evidence, @Nullable String note, CityPrincipal caller) {
		String stated = text("evidence", evidence);
		if (stated == null) {
			throw InvalidInputException.ofField("evidence",
					"A dispute needs evidence: say which record or document shows the department's value is right");
		}
		Discrepancy discrepancy = lock(registry, id);
		requireProvider(discrepancy, caller);
		Instant now = Instant.now();
		String noteText = text("note", note);
		return take(discrepancy, Answer.DISPUTE, dueIn(now, WORKING_DAYS_TO_ARBITRATE), stated, null,
				noteText == null ? stated : noteText, caller, now);
	}

	/**
	 * 仲裁 by the big data bureau, final. The provider right: the item is resolved and the
	 * authority's department gets an AUTHORITY_WRONG item to correct; the authority right: the
	 * provider must correct its value (the item becomes confirmed).
	 */
	@Transactional
	public Detail arbitrate(String registry, UUID id, boolean providerCorrect, @Nullable String reason,
			CityPrincipal caller) {
		String stated = text("reason", reason);
		if (stated == null) {
			throw InvalidInputException.ofField("reason", "An arbitration states its reason");
		}
		if (!caller.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only the big data bureau arbitrates discrepancies");
		}
		Discrepancy discrepancy = lock(registry, id);
		Instant now = Instant.now();
		Answer answer = providerCorrect ? Answer.UPHOLD_PROVIDER : Answer.UPHOLD_AUTHORITY;
		Detail detail = take(discrepancy, answer, providerCorrect ? discrepancy.dueAt() : dueIn(now, WORKING_DAYS_TO_CORRECT),
				null, providerCorrect ? "PROVIDER_CORRECT" : "AUTHORITY_CORRECT", stated, caller, now);
		if (providerCorrect) {
			openAuthorityItem(definitions.require(registry), discrepancy, stated, caller, now);
		}
		return detail;
	}

	private void openAuthorityItem(RegistryDefinition registry, Discrepancy disputed, String reason, CityPrincipal caller,
			Instant now) {
		ResourceCode authority = disputed.attribute().equals(registry.keyAttribute()) ? registry.keyResource()
				: registry.attribute(disputed.attribute()).orElseThrow().authority().resource();
		String expected = switch (disputed.kind()) {
			case MISSING_FROM_AUTHORITY -> disputed.key();
			case DEAD_BUT_ALIVE_ELSEWHERE -> null;
			default -> discrepancies.sourceValue(registry.name(), disputed.key(), disputed.attribute(), disputed.source())
				.orElse(null);
		};
		String provider = resources.require(authority).providerCode();
		UUID item = discrepancies.openAuthorityWrong(disputed, authority.value(), provider, expected, now,
				dueIn(now, WORKING_DAYS_TO_CORRECT));
		discrepancies.step(item, "OPENED_BY_ARBITRATION", caller.username(), caller.departmentCode(),
				"仲裁 " + disputed.id() + ": " + reason, now);
		audit.record("registry.discrepancy.open", registry.name() + ":" + item, AuditOutcome.SUCCESS,
				"authority " + provider + " must correct, after arbitration of " + disputed.id());
	}

	private Detail take(Discrepancy discrepancy, Answer answer, Instant due, @Nullable String evidence,
			@Nullable String resolution, @Nullable String note, CityPrincipal caller, Instant now) {
		DiscrepancyState next = DiscrepancyTransitions.next(discrepancy.state(), discrepancy.kind(), answer);
		discrepancies.answer(discrepancy.id(), next, due, evidence, resolution, now);
		discrepancies.step(discrepancy.id(), answer.name(), caller.username(), caller.departmentCode(), note, now);
		audit.record("registry.discrepancy." + answer.name().toLowerCase(), discrepancy.registry() + ":" + discrepancy.id(),
				AuditOutcome.SUCCESS, note);
		events.publishEvent(new DiscrepancyAnswered(discrepancy.id(), discrepancy.registry(), discrepancy.providerCode(),
				answer.name(), next, now));
		return new Detail(discrepancies.find(discrepancy.registry(), discrepancy.id()).orElseThrow(),
				discrepancies.steps(discrepancy.id()));
	}

	private Discrepancy lock(String registry, UUID id) {
		definitions.require(registry);
		return discrepancies.lock(registry, id).orElseThrow(() -> notFound(registry, id));
	}

	private static void requireViewer(Discrepancy discrepancy, CityPrincipal caller) {
		if (!caller.hasRole(Role.ADMIN) && !discrepancy.providerCode().equals(caller.departmentCode())) {
			throw new AccessDeniedException("Discrepancy " + discrepancy.id() + " belongs to department "
					+ discrepancy.providerCode() + "; you act for " + caller.departmentCode());
		}
	}

	/** Answers come from the providing department itself (its steward or its system), not the bureau. */
	private static void requireProvider(Discrepancy discrepancy, CityPrincipal caller) {
		if (!discrepancy.providerCode().equals(caller.departmentCode())) {
			throw new AccessDeniedException("Only department " + discrepancy.providerCode()
					+ " answers discrepancy " + discrepancy.id() + "; you act for " + caller.departmentCode());
		}
	}

	private Instant dueIn(Instant now, int workingDays) {
		return calendar.addWorkingDays(now, workingDays).toInstant();
	}

	private static @Nullable String text(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > MAX_TEXT) {
			throw InvalidInputException.ofField(field, "At most " + MAX_TEXT + " characters");
		}
		return value.strip();
	}

	private static NotFoundException notFound(String registry, UUID id) {
		return new NotFoundException("No discrepancy " + id + " in registry " + registry);
	}
}
