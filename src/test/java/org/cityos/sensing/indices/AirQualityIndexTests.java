package org.cityos.sensing.indices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AQI per HJ 633. Expected values are worked by hand from the breakpoint table of STANDARDS.md §5
 * (the arithmetic is in each comment) or come from a published example (named where used).
 */
class AirQualityIndexTests {

	static final Instant IN_2025 = at("2025-06-01T12:00:00+08:00");

	static final Instant LAST_HOUR_OF_2012_VERSION = at("2026-02-28T23:00:00+08:00");

	static final Instant FIRST_HOUR_OF_2026_VERSION = at("2026-03-01T00:00:00+08:00");

	static Instant at(String time) {
		return OffsetDateTime.parse(time).toInstant();
	}

	@Test
	void publishedExampleSulphurDioxide523GivesIaqi158() {
		// cloud.tencent.com/developer/article/1900571: SO2 24h 523 → (200−150)/(800−475)·(523−475)+150 = 157.38,
		// rounded up (进位取整) to 158
		AqiResult result = AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of(AqiItem.SO2_24H, 523.0));

		assertThat(result.aqi()).isEqualTo(158);
		assertThat(result.category()).isEqualTo(AqiCategory.MODERATELY_POLLUTED);
		assertThat(result.category().chineseName()).isEqualTo("中度污染");
		assertThat(result.primaryPollutants()).containsExactly(Pollutant.SO2);
		assertThat(result.exceedingPollutants()).containsExactly(Pollutant.SO2);
	}

	@Test
	void dailyReportTakesTheHighestSubIndexAndNamesThePrimaryPollutant() {
		// SO2 10 → 10; NO2 50 → 50/40·10+50 = 62.5 → 63; PM10 120 → 50/100·70+50 = 85; CO 1.2 → 50/2·1.2 = 30;
		// O3 1h 180 → 50/40·20+50 = 75; O3 8h 150 → 50/60·50+50 = 91.7 → 92; PM2.5 80 → 50/40·5+100 = 106.25 → 107
		AqiResult result = AirQualityIndex.compute(AqiReport.DAILY, IN_2025, dailyDay());

		assertThat(result.standard()).isEqualTo(AqiStandard.HJ_633_2012);
		assertThat(result.subIndices()).extracting(SubIndex::iaqi).containsExactly(10, 63, 85, 30, 75, 92, 107);
		assertThat(result.aqi()).isEqualTo(107);
		assertThat(result.category()).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
		assertThat(result.category().colour()).isEqualTo("#FF7E00");
		assertThat(result.primaryPollutants()).containsExactly(Pollutant.PM2_5);
		assertThat(result.exceedingPollutants()).containsExactly(Pollutant.PM2_5);
	}

	@Test
	void sameDayUnderThe2026VersionUsesTheNewParticleBreakpoints() {
		// PM10 120 is now the IAQI-100 breakpoint → 100; PM2.5 80 → (150−100)/(115−60)·(80−60)+100 = 118.2 → 119
		AqiResult result = AirQualityIndex.compute(AqiReport.DAILY, at("2026-06-01T00:00:00+08:00"), dailyDay());

		assertThat(result.standard()).isEqualTo(AqiStandard.HJ_633_2026);
		assertThat(result.subIndices()).extracting(SubIndex::iaqi).containsExactly(10, 63, 100, 30, 75, 92, 119);
		assertThat(result.aqi()).isEqualTo(119);
	}

	@Test
	void versionSwitchesAtMidnightOfTheFirstOfMarch2026ChinaTime() {
		// PM2.5 75: 2012 → exactly the IAQI-100 breakpoint; 2026 → 50/55·15+100 = 113.6 → 114
		Map<AqiItem, Double> pm25 = Map.of(AqiItem.PM2_5_24H, 75.0);

		AqiResult before = AirQualityIndex.compute(AqiReport.DAILY, LAST_HOUR_OF_2012_VERSION, pm25);
		AqiResult after = AirQualityIndex.compute(AqiReport.DAILY, FIRST_HOUR_OF_2026_VERSION, pm25);

		assertThat(before.standard()).isEqualTo(AqiStandard.HJ_633_2012);
		assertThat(before.aqi()).isEqualTo(100);
		assertThat(before.category()).isEqualTo(AqiCategory.GOOD);
		assertThat(after.standard()).isEqualTo(AqiStandard.HJ_633_2026);
		assertThat(after.aqi()).isEqualTo(114);
		assertThat(after.category()).isEqualTo(AqiCategory.LIGHTLY_POLLUTED);
		// 2026-02-28T16:30Z is already 2026-03-01 00:30 in China
		assertThat(AqiStandard.at(Instant.parse("2026-02-28T16:30:00Z"))).isEqualTo(AqiStandard.HJ_633_2026);
	}

	@Test
	void the2026VersionRoundsInputsBeforeComputing() {
		// PM2.5 35.4: 2012 → 50/40·0.4+50 = 50.5 → 51 (良); 2026 → rounded to 35 → 50 (优)
		assertThat(AirQualityIndex.compute(AqiReport.DAILY, LAST_HOUR_OF_2012_VERSION, Map.of(AqiItem.PM2_5_24H, 35.4)).aqi())
			.isEqualTo(51);
		assertThat(AirQualityIndex.compute(AqiReport.DAILY, FIRST_HOUR_OF_2026_VERSION, Map.of(AqiItem.PM2_5_24H, 35.4))
			.aqi()).isEqualTo(50);
		// CO 4.04 mg/m³: 2012 → 50/10·0.04+100 = 100.2 → 101; 2026 → one decimal, 4.0 → 100
		assertThat(AirQualityIndex.compute(AqiReport.DAILY, LAST_HOUR_OF_2012_VERSION, Map.of(AqiItem.CO_24H, 4.04)).aqi())
			.isEqualTo(101);
		AqiResult co2026 = AirQualityIndex.compute(AqiReport.DAILY, FIRST_HOUR_OF_2026_VERSION, Map.of(AqiItem.CO_24H, 4.04));
		assertThat(co2026.aqi()).isEqualTo(100);
		assertThat(co2026.subIndices().get(0).concentration()).isEqualTo(4.0);
	}

	@Test
	void subIndexIsRoundedUp() {
		// PM2.5 36 → 50/40·1+50 = 51.25 → 52 (not 51)
		assertThat(AqiStandard.HJ_633_2012.subIndex(AqiItem.PM2_5_24H, 36).getAsInt()).isEqualTo(52);
		// exactly on a breakpoint stays there: no 101 from floating-point dust
		assertThat(AqiStandard.HJ_633_2012.subIndex(AqiItem.NO2_1H, 200).getAsInt()).isEqualTo(100);
		assertThat(AqiStandard.HJ_633_2012.subIndex(AqiItem.CO_1H, 10.0).getAsInt()).isEqualTo(100);
	}

	@Test
	void noPrimaryPollutantAtFiftyOrBelow() {
		AqiResult result = AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of(AqiItem.PM2_5_24H, 35.0, AqiItem.PM10_24H, 50.0));

		assertThat(result.aqi()).isEqualTo(50);
		assertThat(result.category()).isEqualTo(AqiCategory.EXCELLENT);
		assertThat(result.primaryPollutants()).isEmpty();
	}

	@Test
	void tiedPollutantsAreAllPrimaryAndOnlyAboveHundredExceed() {
		// PM10 150 and PM2.5 75 both sit on IAQI 100 (2012)
		AqiResult result = AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of(AqiItem.PM10_24H, 150.0, AqiItem.PM2_5_24H, 75.0));

		assertThat(result.aqi()).isEqualTo(100);
		assertThat(result.primaryPollutants()).containsExactly(Pollutant.PM10, Pollutant.PM2_5);
		assertThat(result.exceedingPollutants()).isEmpty();
	}

	@Test
	void hourlySulphurDioxideAbove800CountsWithItsDailyAverage() {
		// SO2 1h 900 is beyond the 1h column; SO2 24h 200 → 50/325·50+100 = 107.7 → 108
		AqiResult result = AirQualityIndex.compute(AqiReport.HOURLY, IN_2025,
				Map.of(AqiItem.SO2_1H, 900.0, AqiItem.SO2_24H, 200.0, AqiItem.NO2_1H, 100.0));

		SubIndex so2 = result.subIndices().get(0);
		assertThat(so2.item()).isEqualTo(AqiItem.SO2_1H);
		assertThat(so2.standIn()).isEqualTo(AqiItem.SO2_24H);
		assertThat(so2.iaqi()).isEqualTo(108);
		assertThat(result.aqi()).isEqualTo(108);
		assertThat(result.primaryPollutants()).containsExactly(Pollutant.SO2);
	}

	@Test
	void hourlySulphurDioxideAbove800WithoutDailyAverageIsRefused() {
		assertThatThrownBy(() -> AirQualityIndex.compute(AqiReport.HOURLY, IN_2025, Map.of(AqiItem.SO2_1H, 900.0)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("SO2_24H");
	}

	@Test
	void dailyOzoneEightHourAbove800GivesWayToTheOneHourValue() {
		// O3 8h 850 is beyond its column; O3 1h 900 → 100/200·100+300 = 350
		AqiResult result = AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of(AqiItem.O3_8H, 850.0, AqiItem.O3_1H, 900.0));

		assertThat(result.subIndices()).extracting(SubIndex::item).containsExactly(AqiItem.O3_1H);
		assertThat(result.aqi()).isEqualTo(350);
		assertThat(result.category()).isEqualTo(AqiCategory.SEVERELY_POLLUTED);
		assertThat(result.heavilyPolluted()).isTrue();
	}

	@Test
	void hourlyParticlesUseTheDailyBreakpointsAndTheMovingAverageStandsInForAMissingHour() {
		// PM2.5 1h 115 → the 24h column's IAQI-150 breakpoint
		assertThat(AirQualityIndex.compute(AqiReport.HOURLY, IN_2025, Map.of(AqiItem.PM2_5_1H, 115.0)).aqi()).isEqualTo(150);
		// no PM10 1h: the 24h moving average 250 → 150
		AqiResult result = AirQualityIndex.compute(AqiReport.HOURLY, IN_2025, Map.of(AqiItem.PM10_24H, 250.0));
		assertThat(result.subIndices().get(0).standIn()).isEqualTo(AqiItem.PM10_24H);
		assertThat(result.aqi()).isEqualTo(150);
	}

	@Test
	void beyondTheTableTheIndexStaysAt500() {
		assertThat(AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of(AqiItem.PM2_5_24H, 650.0)).aqi()).isEqualTo(500);
	}

	@Test
	void cityWideIndexUsesTheStationsMeanConcentrations() {
		// PM2.5 mean of 70 and 80 is 75 → 100 (2012)
		AqiResult city = AirQualityIndex.cityWide(AqiReport.DAILY, IN_2025,
				List.of(Map.of(AqiItem.PM2_5_24H, 70.0), Map.of(AqiItem.PM2_5_24H, 80.0, AqiItem.NO2_24H, 40.0)));

		assertThat(city.aqi()).isEqualTo(100);
		assertThat(city.subIndices()).extracting(SubIndex::item).containsExactly(AqiItem.NO2_24H, AqiItem.PM2_5_24H);
	}

	@Test
	void refusesNegativeOrNonFiniteConcentrationsAndItemsOfTheOtherReport() {
		assertThatThrownBy(() -> AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of(AqiItem.PM2_5_24H, -1.0)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of(AqiItem.PM2_5_24H, Double.NaN)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of(AqiItem.NO2_1H, 10.0)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("invalid");
		assertThatThrownBy(() -> AirQualityIndex.compute(AqiReport.DAILY, IN_2025, Map.of()))
			.isInstanceOf(InvalidInputException.class);
	}

	@ParameterizedTest
	@CsvSource({ "0,EXCELLENT", "50,EXCELLENT", "51,GOOD", "100,GOOD", "101,LIGHTLY_POLLUTED", "150,LIGHTLY_POLLUTED",
			"151,MODERATELY_POLLUTED", "200,MODERATELY_POLLUTED", "201,HEAVILY_POLLUTED", "300,HEAVILY_POLLUTED",
			"301,SEVERELY_POLLUTED", "500,SEVERELY_POLLUTED" })
	void categoryBoundaries(int aqi, AqiCategory category) {
		assertThat(AqiCategory.of(aqi)).isEqualTo(category);
	}

	private static Map<AqiItem, Double> dailyDay() {
		return Map.of(AqiItem.SO2_24H, 10.0, AqiItem.NO2_24H, 50.0, AqiItem.PM10_24H, 120.0, AqiItem.CO_24H, 1.2,
				AqiItem.O3_1H, 180.0, AqiItem.O3_8H, 150.0, AqiItem.PM2_5_24H, 80.0);
	}
}
