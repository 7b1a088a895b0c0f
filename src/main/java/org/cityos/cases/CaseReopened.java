package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 重新办理 after a dissatisfied rating. Published after the transition is saved, in its transaction. */
public record CaseReopened(String number, @Nullable String departmentCode, Instant at, String actor) {
}
