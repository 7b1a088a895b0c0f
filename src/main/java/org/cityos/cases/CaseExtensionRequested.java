package org.cityos.cases;

import java.time.Instant;

/** 延期申请 by the handling department. Published after the transition is saved, in its transaction. */
public record CaseExtensionRequested(String number, String departmentCode, int amount, LimitUnit unit, String reason, Instant at, String actor) {
}
