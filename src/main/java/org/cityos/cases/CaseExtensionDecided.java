package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 延期 approved (with the new due) or refused by the command center. Published after the transition is saved, in its transaction. */
public record CaseExtensionDecided(String number, @Nullable String departmentCode, boolean approved, Instant dueAt, Instant at, String actor) {
}
