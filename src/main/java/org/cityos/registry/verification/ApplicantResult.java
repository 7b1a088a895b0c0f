package org.cityos.registry.verification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One applicant's cross-check: the verdict, the fired rules' explanations and the facts found. */
public record ApplicantResult(String idNumber, Verdict verdict, List<String> explanations, List<Finding> findings) {

	/** A fact found about the applicant by one rule; {@code explanation} only when the rule fired. */
	public record Finding(String rule, String label, @Nullable String value, boolean fired, Verdict outcome,
			@Nullable String explanation) {
	}
}
