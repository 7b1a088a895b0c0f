package org.cityos.sensing.indices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaterQualityTests {

	@ParameterizedTest
	@CsvSource({ "DISSOLVED_OXYGEN,8,I", "DISSOLVED_OXYGEN,7.5,I", "DISSOLVED_OXYGEN,6.5,II", "DISSOLVED_OXYGEN,2,V",
			"DISSOLVED_OXYGEN,1.5,WORSE_THAN_V", "AMMONIA_NITROGEN,0.5,II", "AMMONIA_NITROGEN,0.51,III",
			"AMMONIA_NITROGEN,2.1,WORSE_THAN_V", "CHEMICAL_OXYGEN_DEMAND,15,I", "CHEMICAL_OXYGEN_DEMAND,16,III",
			"PERMANGANATE_INDEX,10,IV", "TOTAL_PHOSPHORUS,0.05,II" })
	void classOfOneRiverParameterWithLimitsInclusive(WaterParameter parameter, double value, WaterClass expected) {
		assertThat(parameter.classOf(value, WaterBody.RIVER)).isEqualTo(expected);
	}

	@Test
	void lakesHaveStricterPhosphorusLimits() {
		assertThat(WaterParameter.TOTAL_PHOSPHORUS.classOf(0.05, WaterBody.LAKE_OR_RESERVOIR)).isEqualTo(WaterClass.III);
		assertThat(WaterParameter.TOTAL_PHOSPHORUS.classOf(0.3, WaterBody.LAKE_OR_RESERVOIR)).isEqualTo(WaterClass.WORSE_THAN_V);
	}

	@Test
	void worstParameterSetsTheClassAndTheOnesWorseThanTargetAreNamed() {
		WaterAssessment assessment = WaterQuality.assess(Map.of(WaterParameter.DISSOLVED_OXYGEN, 6.5,
				WaterParameter.AMMONIA_NITROGEN, 1.2, WaterParameter.TOTAL_PHOSPHORUS, 0.1), WaterBody.RIVER, WaterClass.III);

		assertThat(assessment.waterClass()).isEqualTo(WaterClass.IV);
		assertThat(assessment.worstParameters()).containsExactly(WaterParameter.AMMONIA_NITROGEN);
		assertThat(assessment.worseThanTarget()).isTrue();
		assertThat(assessment.responsibleParameters()).containsExactly(WaterParameter.AMMONIA_NITROGEN);
		assertThat(assessment.classes()).containsEntry(WaterParameter.DISSOLVED_OXYGEN, WaterClass.II);
	}

	@Test
	void lowOxygenAloneMakesASectionWorseThanV() {
		WaterAssessment assessment = WaterQuality.assess(Map.of(WaterParameter.DISSOLVED_OXYGEN, 1.0,
				WaterParameter.CHEMICAL_OXYGEN_DEMAND, 12.0), WaterBody.RIVER, WaterClass.IV);

		assertThat(assessment.waterClass()).isEqualTo(WaterClass.WORSE_THAN_V);
		assertThat(assessment.waterClass().chineseName()).isEqualTo("劣Ⅴ类");
		assertThat(assessment.responsibleParameters()).containsExactly(WaterParameter.DISSOLVED_OXYGEN);
	}

	@Test
	void meetingTheTargetIsNotWorse() {
		WaterAssessment assessment = WaterQuality.assess(Map.of(WaterParameter.AMMONIA_NITROGEN, 1.0), WaterBody.RIVER,
				WaterClass.III);

		assertThat(assessment.waterClass()).isEqualTo(WaterClass.III);
		assertThat(assessment.worseThanTarget()).isFalse();
		assertThat(assessment.responsibleParameters()).isEmpty();
	}

	@Test
	void refusesNegativeValuesAndEmptyInput() {
		assertThatThrownBy(() -> WaterQuality.assess(Map.of(WaterParameter.AMMONIA_NITROGEN, -0.1), WaterBody.RIVER, WaterClass.III))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> WaterQuality.assess(Map.of(), WaterBody.RIVER, WaterClass.III))
			.isInstanceOf(InvalidInputException.class);
	}
}
