package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityos.shared.Masking.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MaskingTests {

	@Test
	void masksCitizenIdKeepingFirstSixAndLastFour() {
		assertThat(Masking.citizenId("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(Masking.citizenId(" 11010519491231002x ")).isEqualTo("110105********002X");
		assertThat(Masking.citizenId("110105491231002")).isEqualTo("110105********002X");
	}

	@Test
	void masksAnInvalidEighteenCharacterIdLikeAValidOne() {
		assertThat(Masking.citizenId("110105194912310021")).isEqualTo("110105********0021");
	}

	@Test
	void masksOddCitizenIdValuesEntirely() {
		assertThat(Masking.citizenId("12345")).isEqualTo("*****");
		assertThat(Masking.citizenId("110105491331003")).isEqualTo("***************");
		assertThat(Masking.citizenId("")).isEmpty();
	}

	@Test
	void masksMobileNumbers() {
		assertThat(Masking.phoneNumber("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.phoneNumber("+86 138 1234 5678")).isEqualTo("138****5678");
		assertThat(Masking.phoneNumber("029-88886666")).isEqualTo("029****6666");
		assertThat(Masking.phoneNumber("call me")).isEqualTo("*******");
	}

	@ParameterizedTest
	@CsvSource({ "张三, 张*", "张三丰, 张**", "欧阳娜娜, 欧阳**", "欧阳娜, 欧阳*", "欧阳, 欧*", "司马光, 司马*",
			"诸葛亮, 诸葛*", "张, *", "John Smith, J*********", "买买提·艾力, 买*****", "' 李四 ', 李*" })
	void masksNamesKeepingTheSurname(String name, String masked) {
		assertThat(Masking.name(name)).isEqualTo(masked);
	}

	@Test
	void countsRareCharactersOutsideTheBmpAsOne() {
		assertThat(Masking.name("𠈌三")).isEqualTo("𠈌*");
		assertThat(Masking.name("王𠈌𠈌")).isEqualTo("王**");
		assertThat(Masking.citizenId("1101051949𠈌231002X")).isEqualTo("110105********002X");
	}

	@ParameterizedTest
	@CsvSource({ "陕西省咸阳市秦都区人民路街道文林社区3号楼2单元501, 陕西省咸阳市秦都区人民路街道******",
			"北京市朝阳区建国路88号, 北京市朝阳区建国路******",
			"江苏省镇江市京口区大市口街道健康路3号, 江苏省镇江市京口区大市口街道******",
			"陕西省商洛市镇安县永乐镇二龙村5组, 陕西省商洛市镇安县永乐镇******",
			"山西省临汾市乡宁县昌宁镇新华街12号, 山西省临汾市乡宁县昌宁镇******",
			"河北省唐山市路北区机场路5号, 河北省唐山市路北区机场路******",
			"广东省深圳市南山区粤海街道科技园路1号, 广东省深圳市南山区粤海街道******",
			"北京市朝阳区建国路国贸小镇, 北京市朝阳区建国路******",
			"北京市朝阳区望京花园小区5号楼, 北京市朝阳区******",
			"新疆维吾尔自治区乌鲁木齐市天山区幸福小区, 新疆维吾尔自治区乌鲁木齐市天山区******",
			"天津市南开区长江道８８号, 天津市南开区长江道******",
			"内蒙古自治区锡林郭勒盟阿巴嘎旗别力古台镇, 内蒙古自治区锡林郭勒盟阿巴嘎旗别力古台镇",
			"3号楼2单元501, ******", "某某家园, ******" })
	void masksAddressesAfterTheStreetLevel(String address, String masked) {
		assertThat(Masking.address(address)).isEqualTo(masked);
	}

	@Test
	void leavesNonPersonalDataAsIs() {
		assertThat(Masking.mask("91110000600037341L", Kind.NONE)).isEqualTo("91110000600037341L");
	}

	@Test
	void dispatchesByKind() {
		assertThat(Masking.mask("11010519491231002X", Kind.CITIZEN_ID)).isEqualTo("110105********002X");
		assertThat(Masking.mask("13812345678", Kind.MOBILE)).isEqualTo("138****5678");
		assertThat(Masking.mask("欧阳娜娜", Kind.NAME)).isEqualTo("欧阳**");
		assertThat(Masking.mask("陕西省咸阳市秦都区人民路街道文林社区3号楼", Kind.ADDRESS)).isEqualTo("陕西省咸阳市秦都区人民路街道******");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void keepsNullAsNull(Kind kind) {
		assertThat(Masking.mask(null, kind)).isNull();
	}
}
