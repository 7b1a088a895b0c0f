package org.cityos.cases;

import java.time.Instant;

/** 派遣: sent to a department; {@code dueAt} is its handling deadline. Published after the transition is saved, in its transaction. */
public record CaseDispatched(String number, String departmentCode, boolean byRule, Instant dueAt, Instant at, String actor) {
}
