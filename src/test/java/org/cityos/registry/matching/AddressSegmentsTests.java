package org.cityos.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressSegmentsTests {

	@Test
	void dropsProvinceAndCityAndCutsIntoSortedSegments() {
		assertThat(AddressSegments.of("陕西省秦州市渭滨区清姜路12号3栋2单元501室")).containsExactlyInAnyOrder("渭滨区", "清姜路",
				"12号", "3栋", "2单元", "501室");
	}

	@Test
	void readsChineseNumeralsBeforeAUnitAsDigits() {
		assertThat(AddressSegments.of("五陵区渭河大道十二号二十三栋十单元")).containsExactlyInAnyOrder("五陵区", "渭河大道", "12号",
				"23栋", "10单元");
	}

	@Test
	void keepsNumeralsThatAreNamesAndTreatsATrailingNumberAsTheRoom() {
		assertThat(AddressSegments.of("秦川区经二路8幢501")).containsExactlyInAnyOrder("秦川区", "经二路", "8栋", "501室");
	}

	@Test
	void missingOrBlankAddressHasNoSegments() {
		assertThat(AddressSegments.of(null)).isNull();
		assertThat(AddressSegments.of(" \u3000")).isNull();
	}
}
