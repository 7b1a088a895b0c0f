package org.cityos.catalog.collection;

/**
 * Why a delivered value (or row) is refused: a stable {@code code} that the UI translates and
 * a {@code reason} in English naming what is wrong. The codes:
 * <ul>
 * <li>row: {@code COLUMN_COUNT}, {@code NOT_JSON}, {@code UNKNOWN_ITEM}, {@code OPERATION},
 * {@code DUPLICATE_KEY}</li>
 * <li>any item: {@code REQUIRED}, {@code INVALID_CHARACTER}</li>
 * <li>by type: {@code NOT_INTEGER}, {@code INTEGER_RANGE}, {@code NOT_DECIMAL}, {@code NOT_DATE},
 * {@code NO_SUCH_DATE}, {@code NOT_DATETIME}, {@code NOT_BOOLEAN}, {@code NOT_GEOMETRY}</li>
 * <li>identifiers: {@code ID_NUMBER_FORMAT}, {@code ID_NUMBER_REGION}, {@code ID_NUMBER_BIRTH_DATE},
 * {@code ID_NUMBER_CHECK_DIGIT}, {@code CREDIT_CODE_FORMAT}, {@code CREDIT_CODE_CHECK_DIGIT},
 * {@code PHONE_FORMAT}</li>
 * </ul>
 */
record ValueProblem(String code, String reason) {

	static final ValueProblem REQUIRED = new ValueProblem("REQUIRED", "a value is required");

	static final ValueProblem INVALID_CHARACTER = new ValueProblem("INVALID_CHARACTER",
			"holds a NUL character or a broken surrogate pair");

	static final ValueProblem NOT_INTEGER = new ValueProblem("NOT_INTEGER", "not a whole number");

	static final ValueProblem INTEGER_RANGE = new ValueProblem("INTEGER_RANGE",
			"outside the range of a whole number (±9223372036854775807)");

	static final ValueProblem NOT_DECIMAL = new ValueProblem("NOT_DECIMAL", "not a decimal number (e.g. -12.5 or 1.2E3)");

	static final ValueProblem NOT_DATE = new ValueProblem("NOT_DATE",
			"not a date: write 2026-11-24, 2026/11/24, 20261124 or 2026年11月24日");

	static final ValueProblem NOT_DATETIME = new ValueProblem("NOT_DATETIME",
			"not a date-time: write 2026-11-24T09:30:00, 2026-11-24 09:30 or with an offset (+08:00, Z)");

	static final ValueProblem NOT_BOOLEAN = new ValueProblem("NOT_BOOLEAN", "not a yes/no value: write true/false, 1/0 or 是/否");

	static final ValueProblem ID_NUMBER_FORMAT = new ValueProblem("ID_NUMBER_FORMAT",
			"not a citizen ID number: 18 characters (17 digits and a digit or X) or a 15-digit legacy number");

	static final ValueProblem CREDIT_CODE_FORMAT = new ValueProblem("CREDIT_CODE_FORMAT",
			"not a unified social credit code: 18 characters from 0-9 and A-Y without I, O, S, V, Z, characters 3-8 digits");

	static final ValueProblem PHONE_FORMAT = new ValueProblem("PHONE_FORMAT",
			"not a phone number: an 11-digit mobile (1xxxxxxxxxx), a fixed line with area code (0xx-xxxxxxxx) or 400/800");

	static ValueProblem noSuchDate(String what) {
		return new ValueProblem("NO_SUCH_DATE", what + " does not exist");
	}

	static ValueProblem notGeometry(String why) {
		return new ValueProblem("NOT_GEOMETRY", "not a GeoJSON geometry: " + why);
	}
}
