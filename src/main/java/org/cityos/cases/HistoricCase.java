package org.cityos.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as it happened, for {@link CaseHistoryImport}: what was taken in, when and by whom (the
 * operator, grid worker, system or citizen who took it in), and
 * the workflow's steps after it in time order. The import replays the steps through the case
 * aggregate (the same guards and transitions as {@link CaseDesk}), so an impossible history is
 * refused; where the case stands, its deadline and its cards follow from the steps.
 */
public record HistoricCase(Channel channel, @Nullable HotlineType hotlineType, String categoryCode, String description,
		Urgency urgency, @Nullable Double lon, @Nullable Double lat, @Nullable String address,
		@Nullable String reporterName, @Nullable String reporterPhone, CaseActor receivedBy, Instant receivedAt,
		List<Step> steps) {

	public HistoricCase {
		steps = List.copyOf(steps);
	}

	/**
	 * One verb applied at {@code at} by {@code actor} with the same input the API takes. A dispatch
	 * without a department goes where the dispatch rules say.
	 */
	public record Step(Instant at, CaseVerb verb, CaseActor actor, CaseDesk.Action input) {
	}
}
