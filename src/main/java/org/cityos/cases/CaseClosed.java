package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 结案: closed, handled ({@code onTime} against its deadline), answered, or with its master. Published after the transition is saved, in its transaction. */
public record CaseClosed(String number, @Nullable String departmentCode, Resolution resolution, boolean onTime, Instant at, String actor) {
}
