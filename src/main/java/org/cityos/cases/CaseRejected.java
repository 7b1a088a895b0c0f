package org.cityos.cases;

import java.time.Instant;

/** 不予受理: refused as out of scope, with the reason. Published after the transition is saved, in its transaction. */
public record CaseRejected(String number, String reason, Instant at, String actor) {
}
