package org.cityos.cases;

import java.time.Instant;

/** 直接答复: answered at intake (e.g. a consultation) and closed. Published after the transition is saved, in its transaction. */
public record CaseAnswered(String number, Instant at, String actor) {
}
