package org.cityos.registry.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The steward's review queue (人工核查) of matches in the uncertain band, in arrival order. Held in
 * memory here; persisting it and the steward's decisions belongs to the registry's store.
 * Thread-safe.
 */
public final class ReviewQueue {

	private final List<MatchResult> pending = new ArrayList<>();

	/** Takes the result when it needs review; tells whether it did. */
	public synchronized boolean offer(MatchResult result) {
		if (result.decision() != Decision.REVIEW) {
			return false;
		}
		return pending.add(result);
	}

	public synchronized List<MatchResult> pending() {
		return List.copyOf(pending);
	}

	public synchronized int size() {
		return pending.size();
	}
}
