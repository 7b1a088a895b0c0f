package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 超期: past its deadline; put under supervision (督办) and escalated to the department's leaders. Published after the transition is saved, in its transaction. */
public record CaseOverdue(String number, @Nullable String departmentCode, Instant dueAt, Instant at) {
}
