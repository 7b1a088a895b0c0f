package org.cityos.registry.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.DiscrepancyState;
import org.cityos.registry.desk.DiscrepancyTransitions.Answer;
import org.cityos.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiscrepancyTransitionsTests {

	private static final DiscrepancyKind CONFLICT = DiscrepancyKind.VALUE_CONFLICT;

	@Test
	void openDiscrepancyIsConfirmedOrDisputed() {
		assertThat(DiscrepancyTransitions.next(DiscrepancyState.OPEN, CONFLICT, Answer.CONFIRM))
			.isEqualTo(DiscrepancyState.CONFIRMED);
		assertThat(DiscrepancyTransitions.next(DiscrepancyState.OPEN, CONFLICT, Answer.DISPUTE))
			.isEqualTo(DiscrepancyState.DISPUTED);
	}

	@Test
	void arbitrationResolvesOrConfirmsADispute() {
		assertThat(DiscrepancyTransitions.next(DiscrepancyState.DISPUTED, CONFLICT, Answer.UPHOLD_PROVIDER))
			.isEqualTo(DiscrepancyState.RESOLVED);
		assertThat(DiscrepancyTransitions.next(DiscrepancyState.DISPUTED, CONFLICT, Answer.UPHOLD_AUTHORITY))
			.isEqualTo(DiscrepancyState.CONFIRMED);
	}

	@ParameterizedTest
	@EnumSource(value = DiscrepancyState.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
	void onlyAnOpenDiscrepancyIsAnswered(DiscrepancyState state) {
		assertThatThrownBy(() -> DiscrepancyTransitions.next(state, CONFLICT, Answer.CONFIRM))
			.isInstanceOf(ConflictException.class).hasMessageContaining(state.name());
		assertThatThrownBy(() -> DiscrepancyTransitions.next(state, CONFLICT, Answer.DISPUTE))
			.isInstanceOf(ConflictException.class);
	}

	@ParameterizedTest
	@EnumSource(value = DiscrepancyState.class, names = "DISPUTED", mode = EnumSource.Mode.EXCLUDE)
	void onlyADisputeIsArbitrated(DiscrepancyState state) {
		assertThatThrownBy(() -> DiscrepancyTransitions.next(state, CONFLICT, Answer.UPHOLD_PROVIDER))
			.isInstanceOf(ConflictException.class).hasMessageContaining("arbitrated");
		assertThatThrownBy(() -> DiscrepancyTransitions.next(state, CONFLICT, Answer.UPHOLD_AUTHORITY))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void anItemOpenedByArbitrationCannotBeDisputed() {
		assertThatThrownBy(() -> DiscrepancyTransitions.next(DiscrepancyState.OPEN, DiscrepancyKind.AUTHORITY_WRONG,
				Answer.DISPUTE)).isInstanceOf(ConflictException.class).hasMessageContaining("final");
	}
}
