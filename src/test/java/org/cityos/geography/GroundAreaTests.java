package org.cityos.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class GroundAreaTests {

	@Test
	void measuresAHundredMetreSquareAtTheDemoCitysLatitude() {
		// 100 m east-west is 0.0010866° of longitude at 34.33°N, 100 m north-south 0.00090137° of latitude.
		var square = new GeometryFactory().toGeometry(new Envelope(108.70, 108.70 + 0.0010866, 34.33, 34.33 + 0.00090137));
		assertThat(GroundArea.squareMetres(square)).isCloseTo(10_000, within(60.0));
	}
}
