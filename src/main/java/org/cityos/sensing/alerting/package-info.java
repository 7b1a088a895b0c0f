/**
 * 预警 (early warning): alert rules, their evaluation over observations, and alerts with their
 * life cycle raised → acknowledged → resolved.
 * <p>
 * {@link org.cityos.sensing.alerting.AlertEvaluator} is the pure rule engine (no I/O, one thread
 * at a time); {@link org.cityos.sensing.alerting.AlertEngine} is the entry point ingestion calls
 * ({@code evaluate}, {@code tick}): it runs the evaluator, stores the alerts' transitions and
 * publishes {@code AlertRaised}, {@code AlertLevelChanged}, {@code AlertResolved}.
 */
@NullMarked
package org.cityos.sensing.alerting;

import org.jspecify.annotations.NullMarked;
