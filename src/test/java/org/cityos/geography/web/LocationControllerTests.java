package org.cityos.geography.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.cityos.geography.CityMap;
import org.cityos.geography.DivisionCode;
import org.cityos.geography.DivisionReference;
import org.cityos.geography.Location;
import org.cityos.shared.GeoPoint;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class LocationControllerTests {

	private final CityMap cityMap = mock(CityMap.class);

	private final LocationController controller = new LocationController(cityMap);

	@Test
	void answersGridCommunityStreetAndDistrict() {
		when(cityMap.locate(new GeoPoint(108.7, 34.33))).thenReturn(Optional.of(new Location(
				reference("61040200100101", "文苑社区第01网格"), reference("610402001001", "文苑社区"),
				reference("610402001", "文林街道"), reference("610402", "渭滨区"))));
		var answer = controller.locate("108.7", " 34.33");
		assertThat(answer.grid().code()).isEqualTo("61040200100101");
		assertThat(answer.district().name()).isEqualTo("渭滨区");
		assertThat(answer.lon()).isEqualTo(108.7);
	}

	@Test
	void answersNotFoundOutsideTheCity() {
		when(cityMap.locate(any())).thenReturn(Optional.empty());
		assertThatThrownBy(() -> controller.locate("100", "30")).isInstanceOf(NotFoundException.class)
			.hasMessageContaining("outside the city");
	}

	@Test
	void rejectsNonNumbersAndOutOfRangeCoordinatesNamingTheParameter() {
		assertThatThrownBy(() -> controller.locate("abc", "34.33")).isInstanceOf(InvalidInputException.class)
			.hasMessage("lon: 'abc' is not a number (decimal degrees expected)");
		assertThatThrownBy(() -> controller.locate("108.7", "NaN")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("lat:");
		assertThatThrownBy(() -> controller.locate("208.7", "34.33")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("lon: longitude must be a number between -180 and 180");
		assertThatThrownBy(() -> controller.locate("108.7", "-91")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("lat:");
	}

	@Test
	void convertsBetweenSystems() {
		var answer = controller.convert("WGS84", "gcj02", "116.404", "39.915");
		assertThat(answer.from()).isEqualTo("WGS84");
		assertThat(answer.to()).isEqualTo("GCJ02");
		assertThat(answer.lon()).isEqualTo(116.41024449916938);
		assertThat(answer.lat()).isEqualTo(39.91640428150164);
	}

	@Test
	void rejectsUnknownSystemListingTheAllowedOnes() {
		assertThatThrownBy(() -> controller.convert("WGS84", "CGCS2000", "116.404", "39.915"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("to: unknown coordinate system 'CGCS2000', allowed: WGS84, GCJ02, BD09");
	}

	private static DivisionReference reference(String code, String name) {
		return new DivisionReference(new DivisionCode(code), name);
	}
}
