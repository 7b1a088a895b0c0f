package org.cityos.registry.desk;

import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.DiscrepancyState;
import org.cityos.shared.ConflictException;

/**
 * Which answer a discrepancy takes in which state. A department answers an OPEN item once
 * (confirm or dispute); only a DISPUTED item is arbitrated; the bureau's decision is final, so an
 * AUTHORITY_WRONG item (born of a decision) cannot be disputed.
 */
final class DiscrepancyTransitions {

	private DiscrepancyTransitions() {
	}

	enum Answer {
		CONFIRM, DISPUTE, UPHOLD_PROVIDER, UPHOLD_AUTHORITY
	}

	static DiscrepancyState next(DiscrepancyState state, DiscrepancyKind kind, Answer answer) {
		return switch (answer) {
			case CONFIRM -> {
				require(state == DiscrepancyState.OPEN, state, answer, "only an open discrepancy can be confirmed");
				yield DiscrepancyState.CONFIRMED;
			}
			case DISPUTE -> {
				require(kind != DiscrepancyKind.AUTHORITY_WRONG, state, answer,
						"an item opened by arbitration cannot be disputed: the decision is final");
				require(state == DiscrepancyState.OPEN, state, answer, "only an open discrepancy can be disputed");
				yield DiscrepancyState.DISPUTED;
			}
			case UPHOLD_PROVIDER -> {
				require(state == DiscrepancyState.DISPUTED, state, answer, "only a disputed discrepancy is arbitrated");
				yield DiscrepancyState.RESOLVED;
			}
			case UPHOLD_AUTHORITY -> {
				require(state == DiscrepancyState.DISPUTED, state, answer, "only a disputed discrepancy is arbitrated");
				yield DiscrepancyState.CONFIRMED;
			}
		};
	}

	private static void require(boolean allowed, DiscrepancyState state, Answer answer, String why) {
		if (!allowed) {
			throw new ConflictException("Cannot " + answer.name().toLowerCase().replace('_', ' ') + " a discrepancy in state "
					+ state + ": " + why);
		}
	}
}
