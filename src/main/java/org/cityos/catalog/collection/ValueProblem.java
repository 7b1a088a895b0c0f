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
 * <li>identifiers: the shared kernel's {@link org.cityos.shared.CheckResult.Reason} names —
 * {@code WRONG_LENGTH}, {@code CHARACTER_NOT_ALLOWED}, {@code UNKNOWN_PROVINCE},
 * {@code BIRTH_DATE_DOES_NOT_EXIST}, {@code BIRTH_DATE_IN_FUTURE}, {@code DIVISION_CODE_NOT_DIGITS},
 * {@code WRONG_CHECK_CHARACTER}, {@code NOT_A_MOBILE_NUMBER}, {@code UNKNOWN_AREA_CODE},
 * {@code AREA_CODE_MISSING}, {@code LOCAL_NUMBER_NOT_VALID}, {@code NOT_A_MAINLAND_NUMBER}</li>
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




	static ValueProblem noSuchDate(String what) {
		return new ValueProblem("NO_SUCH_DATE", what + " does not exist");
	}

	static ValueProblem notGeometry(String why) {
		return new ValueProblem("NOT_GEOMETRY", "not a GeoJSON geometry: " + why);
	}
}
