package org.cityos.registry;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the base registries know about each providing department: how many of its source values
 * agree with the authoritative (golden) value, and how it handles the discrepancies sent back to
 * it over an interval {@code [from, to)}. Read-only figures for the department scorecard (考核),
 * which must not read the registry's tables itself.
 */
public interface RegistryStatistics {

	/** One entry per department that provides a source value or has a discrepancy, keyed by department code. */
	Map<String, ProviderFigures> figures(Instant from, Instant to, Instant now);

	/**
	 * @param sourceValues            the department's values in non-authoritative sources, as compared now
	 *                                (a state, not a history: the registries keep the latest values only)
	 * @param agreeingValues          of those, equal (normalised) to the golden value of their key and attribute
	 * @param discrepanciesFound      discrepancies found within the interval
	 * @param discrepanciesHandled    discrepancies live at some time in the interval (found before its end,
	 *                                not closed before its start)
	 * @param discrepanciesLate       of those, still open at the interval's end past their due date, or closed
	 *                                within it after their due date
	 * @param discrepanciesOverdue    open at the interval's end (or now) and past their due date
	 * @param discrepanciesClosed     closed within the interval
	 * @param discrepanciesClosedLate of those, closed after their due date
	 * @param closingWorkingDaysMean  mean working days from found to closed, of those closed within the interval
	 * @param closingWorkingDaysMedian median of the same
	 */
	record ProviderFigures(String departmentCode, long sourceValues, long agreeingValues, long discrepanciesFound,
			long discrepanciesHandled, long discrepanciesLate, long discrepanciesOverdue, long discrepanciesClosed,
			long discrepanciesClosedLate, @Nullable Double closingWorkingDaysMean,
			@Nullable Double closingWorkingDaysMedian) {
	}
}
