package org.cityos.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cityos.shared.Sex;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FieldComparatorsTests {

	@Test
	void namesAgreeExactlyAfterBlanksAndFullWidthAreFolded() {
		assertThat(FieldComparators.name(named("张伟"), named(" 张\u3000伟 "))).isEqualTo(Agreement.EXACT);
	}

	@Test
	void homophoneCharactersAgreeAsHomophones() {
		assertThat(FieldComparators.name(named("张伟"), named("张玮"))).isEqualTo(Agreement.HOMOPHONE);
		assertThat(FieldComparators.name(named("李娜"), named("李纳"))).isEqualTo(Agreement.HOMOPHONE);
		assertThat(FieldComparators.name(named("徐丽"), named("许莉"))).isEqualTo(Agreement.HOMOPHONE);
	}

	@Test
	void familyNameAfterGivenNameIsDetectedAsSwapped() {
		assertThat(FieldComparators.name(named("张伟"), named("伟张"))).isEqualTo(Agreement.SWAPPED);
		assertThat(FieldComparators.name(named("王晓明"), named("晓明王"))).isEqualTo(Agreement.SWAPPED);
		assertThat(FieldComparators.name(named("欧阳娜娜"), named("娜娜欧阳"))).isEqualTo(Agreement.SWAPPED);
		assertThat(FieldComparators.name(named("王晓明"), named("晓鸣王"))).isEqualTo(Agreement.SWAPPED);
	}

	@Test
	void oneWrongCharacterIsSimilarAndOtherNamesDiffer() {
		assertThat(FieldComparators.name(named("王晓明"), named("王小明"))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparators.name(named("张伟"), named("李强"))).isEqualTo(Agreement.DIFFERENT);
		assertThat(FieldComparators.name(named("张伟"), person("2", null, null, null, null))).isEqualTo(Agreement.MISSING);
	}

	@Test
	void birthDatesWithOneWrongDigitTransposedDigitsOrSwappedDayAndMonthAreSimilar() {
		LocalDate born = LocalDate.of(1985, 3, 7);
		assertThat(FieldComparators.birthDate(born(born), born(born))).isEqualTo(Agreement.EXACT);
		assertThat(FieldComparators.birthDate(born(born), born(LocalDate.of(1986, 3, 7)))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparators.birthDate(born(born), born(LocalDate.of(1985, 7, 3)))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparators.birthDate(born(born), born(LocalDate.of(1958, 3, 7)))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparators.birthDate(born(born), born(LocalDate.of(1992, 11, 21))))
			.isEqualTo(Agreement.DIFFERENT);
	}

	@Test
	void sexAgreesOrDiffersOrIsMissing() {
		assertThat(FieldComparators.sex(sex(Sex.MALE), sex(Sex.MALE))).isEqualTo(Agreement.EXACT);
		assertThat(FieldComparators.sex(sex(Sex.MALE), sex(Sex.FEMALE))).isEqualTo(Agreement.DIFFERENT);
		assertThat(FieldComparators.sex(sex(Sex.MALE), sex(null))).isEqualTo(Agreement.MISSING);
	}

	@Test
	void addressesAgreeWhateverProvinceCityPrefixNumeralsAndBuildingWord() {
		assertThat(FieldComparators.address(living("陕西省秦州市渭滨区清姜路12号3栋2单元501室"), living("渭滨区清姜路１２号三号楼二单元501")))
			.isEqualTo(Agreement.EXACT);
	}

	@Test
	void addressWithoutRoomIsSimilarAndAnotherAddressDiffers() {
		assertThat(FieldComparators.address(living("渭滨区清姜路12号3栋2单元501室"), living("渭滨区清姜路12号3栋2单元")))
			.isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparators.address(living("渭滨区清姜路12号3栋2单元501室"), living("秦川区红旗路8号1栋1单元101室")))
			.isEqualTo(Agreement.DIFFERENT);
	}

	@Test
	void phonesAgreeInAnyWritingAndOnTheLastEightDigits() {
		assertThat(FieldComparators.phone(calling("13800138000"), calling("+86 138-0013-8000"))).isEqualTo(Agreement.EXACT);
		assertThat(FieldComparators.phone(calling("029-88886666"), calling("8888 6666"))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparators.phone(calling("13800138000"), calling("13912345678"))).isEqualTo(Agreement.DIFFERENT);
		assertThat(FieldComparators.phone(calling("13800138000"), calling("12"))).isEqualTo(Agreement.MISSING);
	}

	@Test
	void jaroWinklerRewardsASharedPrefix() {
		assertThat(JaroWinkler.similarity("王晓明", "王晓明")).isEqualTo(1.0);
		assertThat(JaroWinkler.similarity("王晓明", "王晓鸣")).isGreaterThan(JaroWinkler.similarity("王晓明", "李晓明"));
		assertThat(JaroWinkler.similarity("张伟", "李强")).isZero();
	}

	private static NormalisedPerson named(String name) {
		return person("1", name, null, null, null);
	}

	private static NormalisedPerson born(LocalDate date) {
		return NormalisedPerson.of(new PersonRecord("1", null, date, null, null, null));
	}

	private static NormalisedPerson sex(@Nullable Sex sex) {
		return NormalisedPerson.of(new PersonRecord("1", null, null, sex, null, null));
	}

	private static NormalisedPerson living(String address) {
		return person("1", null, null, address, null);
	}

	private static NormalisedPerson calling(String phone) {
		return person("1", null, null, null, phone);
	}

	private static NormalisedPerson person(String reference, @Nullable String name, @Nullable Sex sex, @Nullable String address, @Nullable String phone) {
		return NormalisedPerson.of(new PersonRecord(reference, name, null, sex, address, phone));
	}
}
