package org.cityos.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class BoundingBoxTests {

	@Test
	void readsMinLonMinLatMaxLonMaxLat() {
		assertThat(BoundingBox.parse("bbox", "108.6, 34.25,108.8,34.4"))
			.isEqualTo(new BoundingBox(108.6, 34.25, 108.8, 34.4));
	}

	@Test
	void rejectsMalformedBoxesNamingTheParameter() {
		assertThatThrownBy(() -> BoundingBox.parse("bbox", "108.6,34.25,108.8")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("bbox: expected minLon,minLat,maxLon,maxLat");
		assertThatThrownBy(() -> BoundingBox.parse("bbox", "108.6,abc,108.8,34.4")).isInstanceOf(InvalidInputException.class)
			.hasMessage("bbox: 'abc' is not a number");
		assertThatThrownBy(() -> BoundingBox.parse("bbox", "108.8,34.25,108.6,34.4")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("minLon <= maxLon");
		assertThatThrownBy(() -> BoundingBox.parse("bbox", "108.6,34.25,190,34.4")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("longitude -180..180");
		assertThatThrownBy(() -> BoundingBox.parse("bbox", "NaN,34.25,108.8,34.4")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void importModeAcceptsUpsertAsMerge() {
		assertThat(ImportMode.parse("mode", "upsert")).isEqualTo(ImportMode.MERGE);
		assertThat(ImportMode.parse("mode", "Replace")).isEqualTo(ImportMode.REPLACE);
		assertThatThrownBy(() -> ImportMode.parse("mode", "append")).isInstanceOf(InvalidInputException.class)
			.hasMessage("mode: unknown import mode 'append', allowed: merge, replace");
	}
}
