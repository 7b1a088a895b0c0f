package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 处置反馈: the department reports what it did. Published after the transition is saved, in its transaction. */
public record CaseReplied(String number, @Nullable String departmentCode, boolean onTime, Instant at, String actor) {
}
