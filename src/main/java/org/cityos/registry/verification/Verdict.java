package org.cityos.registry.verification;

/** An applicant's verdict, worst of the fired rules' outcomes; ELIGIBLE when none fired. */
public enum Verdict {
	ELIGIBLE, REVIEW, INELIGIBLE;

	Verdict worse(Verdict other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
