package org.cityos.cases;

import java.time.Instant;

/** 立案: the command center accepted the case for handling. Published after the transition is saved, in its transaction. */
public record CaseRegistered(String number, String categoryCode, Instant at, String actor) {
}
