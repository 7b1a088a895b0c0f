package org.cityos.sensing.indices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrafficAndParkingTests {

	@ParameterizedTest
	@CsvSource({ "60,0.0,FREE_FLOW", "70,0.0,FREE_FLOW", "48,2.0,MOSTLY_FREE", "30,5.0,LIGHT", "18,7.0,MODERATE",
			"6,9.0,SEVERE", "0,10.0,SEVERE" })
	void indexFollowsSpeedAgainstFreeFlow(double speed, double index, CongestionLevel level) {
		SegmentCongestion congestion = TrafficCongestion.of(new TrafficReading(900, speed, 60, 0.2));

		assertThat(congestion.index()).isEqualTo(index);
		assertThat(congestion.level()).isEqualTo(level);
		assertThat(congestion.basis()).isEqualTo(SegmentCongestion.Basis.SPEED);
	}

	@Test
	void withoutPassingVehiclesOccupancyTellsStandstillFromEmptyRoad() {
		SegmentCongestion standstill = TrafficCongestion.of(new TrafficReading(0, null, 60, 0.8));
		SegmentCongestion empty = TrafficCongestion.of(new TrafficReading(0, null, 60, 0.0));

		assertThat(standstill.index()).isEqualTo(10.0);
		assertThat(standstill.level().chineseName()).isEqualTo("严重拥堵");
		assertThat(standstill.basis()).isEqualTo(SegmentCongestion.Basis.OCCUPANCY);
		assertThat(empty.level()).isEqualTo(CongestionLevel.FREE_FLOW);
	}

	@Test
	void refusesReadingsThatCannotBeJudged() {
		assertThatThrownBy(() -> TrafficCongestion.of(new TrafficReading(10, 30.0, 0, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TrafficCongestion.of(new TrafficReading(0, null, 60, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TrafficCongestion.of(new TrafficReading(10, 30.0, 60, 1.5)))
			.isInstanceOf(InvalidInputException.class);
	}

	@ParameterizedTest
	@CsvSource({ "100,50,50,0.5,AVAILABLE", "100,80,20,0.8,TIGHT", "100,95,5,0.95,FULL", "100,120,0,1.0,FULL",
			"3,3,0,1.0,FULL" })
	void parkingOccupancyPerLot(int capacity, int occupied, int free, double ratio, ParkingOccupancy.Status status) {
		ParkingOccupancy lot = ParkingOccupancy.of(capacity, occupied);

		assertThat(lot.free()).isEqualTo(free);
		assertThat(lot.ratio()).isEqualTo(ratio);
		assertThat(lot.status()).isEqualTo(status);
	}

	@Test
	void parkingLotNeedsSpaces() {
		assertThatThrownBy(() -> ParkingOccupancy.of(0, 0)).isInstanceOf(InvalidInputException.class);
	}
}
