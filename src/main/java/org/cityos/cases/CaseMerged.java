package org.cityos.cases;

import java.time.Instant;

/** 合并: the case follows {@code masterNumber} and closes with it. Published after the transition is saved, in its transaction. */
public record CaseMerged(String number, String masterNumber, Instant at, String actor) {
}
