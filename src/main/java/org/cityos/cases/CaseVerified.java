package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 核查: passed (ready to close) or failed (返工, back to the department). Published after the transition is saved, in its transaction. */
public record CaseVerified(String number, @Nullable String departmentCode, boolean passed, Instant at, String actor) {
}
