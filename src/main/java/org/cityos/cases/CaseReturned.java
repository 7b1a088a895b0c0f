package org.cityos.cases;

import java.time.Instant;

/** 退单: the department says it is not theirs; back to dispatch. Published after the transition is saved, in its transaction. */
public record CaseReturned(String number, String departmentCode, String reason, Instant at, String actor) {
}
