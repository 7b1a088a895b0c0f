package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 受理: a new case was taken in. Published after the transition is saved, in its transaction. */
public record CaseReceived(String number, Channel channel, String categoryCode, @Nullable String gridCode, Instant at, String actor) {
}
