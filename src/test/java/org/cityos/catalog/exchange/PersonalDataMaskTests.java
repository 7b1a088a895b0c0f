package org.cityos.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.Sensitivity;
import org.junit.jupiter.api.Test;

class PersonalDataMaskTests {

	@Test
	void identifiersNamesAndAddressesAreMaskedAsTheStandardSays() {
		assertThat(PersonalDataMask.ID_NUMBER.apply("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(PersonalDataMask.PHONE.apply("13812345678")).isEqualTo("138****5678");
		assertThat(PersonalDataMask.NAME.apply("张三")).isEqualTo("张*");
		assertThat(PersonalDataMask.NAME.apply("欧阳娜娜")).isEqualTo("欧阳**");
		assertThat(PersonalDataMask.NAME.apply("李")).isEqualTo("*");
		assertThat(PersonalDataMask.ADDRESS.apply("北京市东城区景山前街4号")).isEqualTo("北京市东城区景山前街******");
	}

	@Test
	void otherPersonalValuesKeepLittleOrNothing() {
		assertThat(PersonalDataMask.TEXT.apply("党员")).isEqualTo("党*");
		assertThat(PersonalDataMask.TEXT.apply("高血压二级")).isEqualTo("高***级");
		assertThat(PersonalDataMask.TEXT.apply("A")).isEqualTo("*");
		assertThat(PersonalDataMask.DATE.apply("1986-07-14")).isEqualTo("1986-**-**");
		assertThat(PersonalDataMask.WITHHELD.apply(4200L)).isNull();
		assertThat(PersonalDataMask.NAME.apply(null)).isNull();
	}

	@Test
	void maskIsChosenByIdentifierKindThenByLabelAndName() {
		assertThat(PersonalDataMask.of(item("id_number", "身份证号", ItemType.STRING, IdentifierKind.CITIZEN_ID)))
			.isEqualTo(PersonalDataMask.ID_NUMBER);
		assertThat(PersonalDataMask.of(item("mobile", "手机", ItemType.STRING, IdentifierKind.PHONE))).isEqualTo(PersonalDataMask.PHONE);
		assertThat(PersonalDataMask.of(item("xm", "姓名", ItemType.STRING, null))).isEqualTo(PersonalDataMask.NAME);
		assertThat(PersonalDataMask.of(item("guardian_name", "监护人", ItemType.STRING, null))).isEqualTo(PersonalDataMask.NAME);
		assertThat(PersonalDataMask.of(item("zz", "现住址", ItemType.STRING, null))).isEqualTo(PersonalDataMask.ADDRESS);
		assertThat(PersonalDataMask.of(item("home_address", "家", ItemType.STRING, null))).isEqualTo(PersonalDataMask.ADDRESS);
		assertThat(PersonalDataMask.of(item("tel", "联系电话", ItemType.STRING, null))).isEqualTo(PersonalDataMask.PHONE);
		assertThat(PersonalDataMask.of(item("birthday", "出生日期", ItemType.DATE, null))).isEqualTo(PersonalDataMask.DATE);
		assertThat(PersonalDataMask.of(item("income", "月收入", ItemType.DECIMAL, null))).isEqualTo(PersonalDataMask.WITHHELD);
		assertThat(PersonalDataMask.of(item("party", "政治面貌", ItemType.STRING, null))).isEqualTo(PersonalDataMask.TEXT);
	}

	private static InformationItem item(String name, String label, ItemType type, IdentifierKind kind) {
		return new InformationItem(name, label, type, false, false, kind, Sensitivity.PERSONAL);
	}
}
