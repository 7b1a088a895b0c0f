package org.cityos.registry.review;

import java.time.Instant;
import java.util.UUID;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.ResourceCode;
import org.cityos.platform.ProgressBoard;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.registry.comparison.RegistryDefinitions;
import org.cityos.registry.review.MatchReviews.Review;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.PageResult;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人工核查 of uncertain matches: the providing department's steward (or the bureau) accepts a
 * pair (the record is linked to the key) or rejects it; each decision audited. Also starts a
 * matching run on demand, with its progress on the board.
 */
@Service
public class ReviewDesk {

	private final MatchReviews reviews;

	private final KeylessMatching matching;

	private final RegistryDefinitions definitions;

	private final ProgressBoard progress;

	private final AuditLog audit;

	private final SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("registry-matching-");

	ReviewDesk(MatchReviews reviews, KeylessMatching matching, RegistryDefinitions definitions, ProgressBoard progress,
			AuditLog audit) {
		this.reviews = reviews;
		this.matching = matching;
		this.definitions = definitions;
		this.progress = progress;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageResult<Review> queue(String registry, @Nullable String department, @Nullable String state, int page,
			int size, CityPrincipal caller) {
		definitions.require(registry);
		if (state != null && !state.matches("PENDING|ACCEPTED|REJECTED")) {
			throw InvalidInputException.ofField("state", "One of PENDING, ACCEPTED, REJECTED");
		}
		String scope = department;
		if (!caller.hasRole(Role.ADMIN)) {
			if (department != null && !department.equals(caller.departmentCode())) {
				throw new AccessDeniedException("A steward reviews the records of their own department only");
			}
			scope = caller.departmentCode() == null ? "" : caller.departmentCode();
		}
		return reviews.page(registry, scope, state, page, size);
	}

	@Transactional
	public Review decide(String registry, UUID id, boolean accepted, @Nullable String note, CityPrincipal caller) {
		definitions.require(registry);
		Review review = reviews.lock(registry, id).orElseThrow(() -> new NotFoundException("No review " + id));
		if (!caller.hasRole(Role.ADMIN) && !review.providerCode().equals(caller.departmentCode())) {
			throw new AccessDeniedException("Review " + id + " belongs to department " + review.providerCode());
		}
		if (!"PENDING".equals(review.state())) {
			throw new ConflictException("Review " + id + " was already decided: " + review.state());
		}
		if (note != null && note.length() > 2000) {
			throw InvalidInputException.ofField("note", "At most 2000 characters");
		}
		reviews.decide(review, accepted, caller.username(), note, Instant.now());
		audit.record("registry.match." + (accepted ? "accept" : "reject"), registry + ":" + id, AuditOutcome.SUCCESS,
				review.source() + " " + review.reference());
		return reviews.lock(registry, id).orElseThrow();
	}

	/** Starts matching a source's records without key in the background; the job key is returned. */
	public String startMatching(String registry, ResourceCode source) {
		String key = "registry-matching-" + registry + "-" + source.value();
		if (!matching.matchableSources(definitions.require(registry)).contains(source)) {
			throw InvalidInputException.ofField("source", "Registry " + registry + " cannot match records of " + source);
		}
		Job job = progress.startExclusive(key, "无身份证号记录匹配 " + source + " / Matching records without ID number");
		audit.record("registry.matching.start", registry + ":" + source, AuditOutcome.SUCCESS, key);
		background.execute(() -> job.run(() -> matching.match(registry, source, job).toString()));
		return key;
	}
}
