package org.cityos.catalog;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the data sharing hub knows about each providing department over an interval
 * {@code [from, to)}: its resources, whether its deliveries came when their update cycle said,
 * how valid and complete they were, and how fast it answered sharing requests. Read-only figures
 * for the department scorecard (考核), which must not read the catalog's tables itself.
 */
public interface SharingStatistics {

	/**
	 * One entry per department that had registered at least one resource before {@code to},
	 * keyed by department code. {@code now} bounds what counts as decided (a delivery or reply
	 * whose deadline is still ahead and not yet met counts nowhere).
	 */
	Map<String, ProviderFigures> figures(Instant from, Instant to, Instant now);

	/**
	 * A providing department's figures for one interval.
	 *
	 * @param resources              resources registered before the interval's end (a resource counts from its
	 *                               publication or its first delivery, whichever came first)
	 * @param newResources           of those, registered within the interval
	 * @param deliveriesDue          deliveries whose due date (from the update cycle) fell in the interval and is decided
	 * @param deliveriesOnTime       of those, met by a delivery by the due date
	 * @param rowsReceived           rows received by deliveries started in the interval
	 * @param rowsRejected           of those, rows refused by validation
	 * @param identifierFailures     rejected rows with a problem in an identifier item (ID number, credit code, phone);
	 *                               counted from the kept problem lists, which a delivery may cap
	 * @param cells                  item cells of the accepted rows of those deliveries still in the current data
	 * @param cellsFilled            of those, cells holding a non-blank value
	 * @param requestsDue            sharing requests (not 无条件共享) whose reply was due in the interval and is decided
	 * @param requestsAnsweredOnTime of those, answered by the reply deadline
	 * @param requestsAnswered       requests answered within the interval
	 * @param answerWorkingDaysMean  mean working days from request to answer of those answered in the interval
	 * @param answerWorkingDaysMedian median of the same
	 * @param requestsWaitingOverdue requests still unanswered whose reply deadline passed before the interval's end
	 */
	record ProviderFigures(String departmentCode, long resources, long newResources, long deliveriesDue,
			long deliveriesOnTime, long rowsReceived, long rowsRejected, long identifierFailures, long cells,
			long cellsFilled, long requestsDue, long requestsAnsweredOnTime, long requestsAnswered,
			@Nullable Double answerWorkingDaysMean, @Nullable Double answerWorkingDaysMedian, long requestsWaitingOverdue) {
	}
}
