package org.cityos.demo.cases;

import java.time.Instant;

import org.cityos.cases.Deadline;
import org.cityos.cases.Urgency;
import org.jspecify.annotations.Nullable;

/** What the cases module decides for a case, as the demo needs it to plan a case's course. */
interface CaseRules {

	/** The department the dispatch rules choose. */
	String departmentFor(String categoryCode, @Nullable String gridCode);

	/** The deadline of a dispatch at {@code start}. */
	Deadline deadline(String categoryCode, Urgency urgency, Instant start);
}
