package org.cityos.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CoordinatesTests {

	@Test
	void shiftsWgs84ToGcj02AsThePublishedTransformDoes() {
		// STANDARDS.md §7 and wandergis/coordtransform's published example.
		Coordinates gcj02 = new Coordinates(CoordinateSystem.WGS84, 116.404, 39.915).in(CoordinateSystem.GCJ02);
		assertThat(gcj02.lon()).isCloseTo(116.41024449916938, within(1e-12));
		assertThat(gcj02.lat()).isCloseTo(39.91640428150164, within(1e-12));
	}

	@Test
	void shiftsGcj02ToBd09AndBackAsPublished() {
		Coordinates bd09 = new Coordinates(CoordinateSystem.GCJ02, 116.404, 39.915).in(CoordinateSystem.BD09);
		assertThat(bd09.lon()).isCloseTo(116.41036949371029, within(1e-12));
		assertThat(bd09.lat()).isCloseTo(39.92133699351021, within(1e-12));
	}

	@Test
	void invertsBd09MoreExactlyThanThePublishedClosedForm() {
		// The published BD-09 → GCJ-02 pair comes from the closed-form approximate inverse.
		double[] closedForm = ChineseMapOffset.bd09ToGcj02Approximately(116.404, 39.915);
		assertThat(closedForm[0]).isCloseTo(116.39762729119315, within(1e-12));
		assertThat(closedForm[1]).isCloseTo(39.90865673957631, within(1e-12));
		// CityOS refines it: within a few 1e-7° of the published value, and exact on the way back.
		Coordinates gcj02 = new Coordinates(CoordinateSystem.BD09, 116.404, 39.915).in(CoordinateSystem.GCJ02);
		assertThat(gcj02.lon()).isCloseTo(116.39762729119315, within(1e-6));
		assertThat(gcj02.lat()).isCloseTo(39.90865673957631, within(1e-6));
		Coordinates bd09 = gcj02.in(CoordinateSystem.BD09);
		assertThat(bd09.lon()).isCloseTo(116.404, within(1e-9));
		assertThat(bd09.lat()).isCloseTo(39.915, within(1e-9));
	}

	@Test
	void findsWgs84BehindGcj02ByIterationToBelowATenMillionthOfADegree() {
		Coordinates wgs84 = new Coordinates(CoordinateSystem.GCJ02, 116.41024449916938, 39.91640428150164)
			.in(CoordinateSystem.WGS84);
		assertThat(wgs84.lon()).isCloseTo(116.404, within(1e-7));
		assertThat(wgs84.lat()).isCloseTo(39.915, within(1e-7));
	}

	@Test
	void roundTripsBetweenAllSystemsAcrossChina() {
		Random random = new Random(7);
		for (int i = 0; i < 1_000; i++) {
			double lon = 74 + random.nextDouble() * 60;
			double lat = 4 + random.nextDouble() * 49;
			for (CoordinateSystem from : CoordinateSystem.values()) {
				Coordinates start = new Coordinates(from, lon, lat);
				for (CoordinateSystem via : CoordinateSystem.values()) {
					Coordinates back = start.in(via).in(from);
					assertThat(back.lon()).as("%s via %s", start, via).isCloseTo(lon, within(1e-7));
					assertThat(back.lat()).as("%s via %s", start, via).isCloseTo(lat, within(1e-7));
				}
			}
		}
	}

	@Test
	void doesNotShiftOutsideChina() {
		Coordinates paris = new Coordinates(CoordinateSystem.WGS84, 2.3522, 48.8566);
		assertThat(paris.in(CoordinateSystem.GCJ02)).isEqualTo(new Coordinates(CoordinateSystem.GCJ02, 2.3522, 48.8566));
		assertThat(new Coordinates(CoordinateSystem.GCJ02, 2.3522, 48.8566).in(CoordinateSystem.WGS84).lon())
			.isEqualTo(2.3522);
	}

	@Test
	void shiftsTheDemoCityByAboutHalfAKilometre() {
		Coordinates gcj02 = new Coordinates(CoordinateSystem.WGS84, 108.70, 34.33).in(CoordinateSystem.GCJ02);
		double metresEast = (gcj02.lon() - 108.70) * 92_000;
		double metresNorth = (gcj02.lat() - 34.33) * 111_000;
		assertThat(Math.hypot(metresEast, metresNorth)).isBetween(100.0, 1_000.0);
		assertThat(gcj02.toGeoPoint().lon()).isCloseTo(108.70, within(1e-7));
	}

	@Test
	void rejectsCoordinatesOutOfRange() {
		assertThatThrownBy(() -> new Coordinates(CoordinateSystem.BD09, 181, 30)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("lon:");
		assertThatThrownBy(() -> new Coordinates(CoordinateSystem.BD09, 100, Double.NaN))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("lat:");
	}

	@Test
	void parsesSystemNamesLeniently() {
		assertThat(CoordinateSystem.parse("from", "wgs-84")).isEqualTo(CoordinateSystem.WGS84);
		assertThat(CoordinateSystem.parse("from", "bd09")).isEqualTo(CoordinateSystem.BD09);
		assertThatThrownBy(() -> CoordinateSystem.parse("to", "EPSG:3857")).isInstanceOf(InvalidInputException.class)
			.hasMessage("to: unknown coordinate system 'EPSG:3857', allowed: WGS84, GCJ02, BD09");
	}
}
