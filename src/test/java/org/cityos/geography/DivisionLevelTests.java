package org.cityos.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class DivisionLevelTests {

	@Test
	void parsesAnyCase() {
		assertThat(DivisionLevel.parse("level", " grid ")).isEqualTo(DivisionLevel.GRID);
		assertThat(DivisionLevel.parse("level", "Community")).isEqualTo(DivisionLevel.COMMUNITY);
	}

	@Test
	void rejectsUnknownLevelListingTheAllowedOnes() {
		assertThatThrownBy(() -> DivisionLevel.parse("level", "province")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("level: unknown division level 'province', allowed: DISTRICT, STREET, COMMUNITY, GRID");
	}

	@Test
	void knowsParentAndChildLevels() {
		assertThat(DivisionLevel.DISTRICT.parent()).isNull();
		assertThat(DivisionLevel.DISTRICT.child()).isEqualTo(DivisionLevel.STREET);
		assertThat(DivisionLevel.GRID.parent()).isEqualTo(DivisionLevel.COMMUNITY);
		assertThat(DivisionLevel.GRID.child()).isNull();
		assertThat(DivisionLevel.ofCodeLength(13)).isNull();
	}
}
