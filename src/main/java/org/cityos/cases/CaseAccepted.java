package org.cityos.cases;

import java.time.Instant;

/** 签收: the department took the case. Published after the transition is saved, in its transaction. */
public record CaseAccepted(String number, String departmentCode, Instant at, String actor) {
}
