package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 回访评价: the reporter's satisfaction. Published after the transition is saved, in its transaction. */
public record CaseRated(String number, Satisfaction satisfaction, @Nullable String departmentCode, Instant at, String actor) {
}
