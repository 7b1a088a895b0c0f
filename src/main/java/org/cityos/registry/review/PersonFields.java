package org.cityos.registry.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cityos.registry.matching.Field;
import org.cityos.registry.matching.PersonRecord;
import org.cityos.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * Which registry attributes feed which matching field: a person registry has 姓名 {@code name},
 * 出生日期 {@code birth_date}, 性别 {@code gender}, 住址 {@code household_address} and
 * 联系电话 {@code phone}. Matching runs on registries with at least name and birth date.
 */
final class PersonFields {

	static final Map<String, Field> ATTRIBUTES = orderedAttributes();

	private PersonFields() {
	}

	private static Map<String, Field> orderedAttributes() {
		Map<String, Field> attributes = new LinkedHashMap<>();
		attributes.put("name", Field.NAME);
		attributes.put("birth_date", Field.BIRTH_DATE);
		attributes.put("gender", Field.SEX);
		attributes.put("household_address", Field.ADDRESS);
		attributes.put("phone", Field.PHONE);
		return attributes;
	}

	/** A person record from attribute values (the registry's golden values or a source's record). */
	static PersonRecord person(String reference, Map<String, String> values) {
		return new PersonRecord(reference, values.get("name"), date(values.get("birth_date")), sex(values.get("gender")),
				values.get("household_address"), values.get("phone"));
	}

	static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	static @Nullable Sex sex(@Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip()) {
			case "男", "1", "M", "MALE" -> Sex.MALE;
			case "女", "2", "F", "FEMALE" -> Sex.FEMALE;
			default -> null;
		};
	}
}
