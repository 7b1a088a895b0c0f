package org.cityos.catalog.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RowValidatorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private final List<String> problems = new ArrayList<>();

	@Test
	void writesAValidRowInCopyFormWithItsLine() {
		List<InformationItem> items = List.of(key("id", ItemType.INTEGER), item("name", ItemType.STRING),
				item("born", ItemType.DATE), item("active", ItemType.BOOLEAN));

		assertThat(valid(items, DeliveryMode.FULL, "42", "张三", "1990/1/5", "是")).isEqualTo("42\t张三\t1990-01-05\tt\t7\n");
	}

	@Test
	void blankValuesAreNullAndRequiredOnesAreRejected() {
		List<InformationItem> items = List.of(key("id", ItemType.INTEGER), item("name", ItemType.STRING),
				new InformationItem("phone", "电话", ItemType.STRING, true, false, IdentifierKind.NONE, Sensitivity.PERSONAL));

		assertThat(valid(items, DeliveryMode.FULL, "1", "  ", "x")).isEqualTo("1\t\\N\tx\t7\n");
		assertThat(invalid(items, null, "a", "　")).containsExactly("id REQUIRED", "phone REQUIRED");
	}

	@Test
	void freeTextIsKeptAsGivenAndEscapedForCopy() {
		List<InformationItem> items = List.of(key("id", ItemType.INTEGER), item("note", ItemType.STRING));

		assertThat(valid(items, DeliveryMode.FULL, "1", " a\tb\\c\nd ")).isEqualTo("1\t a\\tb\\\\c\\nd \t7\n");
		assertThat(invalid(items, "1", "nul\u0000")).containsExactly("note INVALID_CHARACTER");
		assertThat(invalid(items, "1", "broken \uD800 pair")).containsExactly("note INVALID_CHARACTER");
		assertThat(valid(items, DeliveryMode.FULL, "1", "𠀋")).isEqualTo("1\t𠀋\t7\n");
	}

	@Test
	void checksWholeNumbersAndTheirRange() {
		List<InformationItem> items = List.of(key("n", ItemType.INTEGER));

		assertThat(valid(items, DeliveryMode.FULL, "-9223372036854775808")).startsWith("-9223372036854775808\t");
		assertThat(valid(items, DeliveryMode.FULL, " +7 ")).startsWith("+7\t");
		assertThat(invalid(items, "9223372036854775808")).containsExactly("n INTEGER_RANGE");
		assertThat(invalid(items, "1.5")).containsExactly("n NOT_INTEGER");
		assertThat(invalid(items, "-")).containsExactly("n NOT_INTEGER");
		assertThat(invalid(items, "1,000")).containsExactly("n NOT_INTEGER");
	}

	@Test
	void checksDecimals() {
		List<InformationItem> items = List.of(key("id", ItemType.INTEGER), item("amount", ItemType.DECIMAL));

		for (String ok : List.of("12.50", "-0.5", ".5", "5.", "1.2E3", "3e-7")) {
			assertThat(valid(items, DeliveryMode.FULL, "1", ok)).as(ok).isEqualTo("1\t" + ok + "\t7\n");
		}
		for (String bad : List.of("NaN", "Infinity", "1e", "1e10000", "12,5", "1.2.3", "e5", "¥5")) {
			assertThat(invalid(items, "1", bad)).as(bad).containsExactly("amount NOT_DECIMAL");
		}
	}

	@Test
	void acceptsTheDateFormsDepartmentsWriteAndRefusesDatesThatDoNotExist() {
		List<InformationItem> items = List.of(key("day", ItemType.DATE));

		for (String form : List.of("2024-02-29", "2024/2/29", "2024.02.29", "20240229", "2024年2月29日")) {
			assertThat(valid(items, DeliveryMode.FULL, form)).as(form).startsWith("2024-02-29\t");
		}
		assertThat(problemCodes(items, "2025-02-29")).containsExactly("day NO_SUCH_DATE");
		assertThat(problemCodes(items, "1900-02-29")).containsExactly("day NO_SUCH_DATE");
		assertThat(problemCodes(items, "2026-13-01")).containsExactly("day NO_SUCH_DATE");
		assertThat(problemCodes(items, "2026-04-31")).containsExactly("day NO_SUCH_DATE");
		assertThat(problemCodes(items, "2026-11-45")).containsExactly("day NO_SUCH_DATE");
		assertThat(problemCodes(items, "24.11.2026")).containsExactly("day NOT_DATE");
		assertThat(problemCodes(items, "2026-11-24T10:00")).containsExactly("day NOT_DATE");
		assertThat(problemCodes(items, "2026-11/24")).containsExactly("day NOT_DATE");
	}

	@Test
	void dateTimesWithoutOffsetAreBeijingTime() {
		List<InformationItem> items = List.of(key("at", ItemType.DATETIME));

		assertThat(valid(items, DeliveryMode.FULL, "2026-11-24T09:30:00")).startsWith("2026-11-24 09:30:00+08:00\t");
		assertThat(valid(items, DeliveryMode.FULL, "2026/11/24 9:30")).startsWith("2026-11-24 09:30:00+08:00\t");
		assertThat(valid(items, DeliveryMode.FULL, "2026-11-24 09:30:15.123456Z")).startsWith("2026-11-24 09:30:15.123456+00:00\t");
		assertThat(valid(items, DeliveryMode.FULL, "2026-11-24T09:30:00+0530")).startsWith("2026-11-24 09:30:00+05:30\t");
		assertThat(valid(items, DeliveryMode.FULL, "2026-11-24T09:30-03")).startsWith("2026-11-24 09:30:00-03:00\t");
		assertThat(valid(items, DeliveryMode.FULL, "2026-11-24")).startsWith("2026-11-24 00:00:00+08:00\t");
		for (String bad : List.of("2026-11-24T24:00", "2026-11-24T09:60", "2026-11-24 09", "2026-11-24T09:30+15:00",
				"2026-11-24T09:30 CST", "09:30")) {
			assertThat(problemCodes(items, bad)).as(bad).containsExactly("at NOT_DATETIME");
		}
		assertThat(problemCodes(items, "2026-02-30 10:00")).containsExactly("at NO_SUCH_DATE");
	}

	@Test
	void readsYesAndNo() {
		List<InformationItem> items = List.of(key("id", ItemType.INTEGER), item("flag", ItemType.BOOLEAN));

		for (String yes : List.of("true", "TRUE", "1", "t", "Y", "yes", "是")) {
			assertThat(valid(items, DeliveryMode.FULL, "1", yes)).as(yes).isEqualTo("1\tt\t7\n");
		}
		for (String no : List.of("false", "0", "f", "N", "No", "否")) {
			assertThat(valid(items, DeliveryMode.FULL, "1", no)).as(no).isEqualTo("1\tf\t7\n");
		}
		assertThat(problemCodes(items, "1", "maybe")).containsExactly("flag NOT_BOOLEAN");
	}

	@Test
	void checksCitizenIdNumbersByTheSharedRulesAndStoresThemNormalised() {
		List<InformationItem> items = List.of(identifier("id_number", IdentifierKind.CITIZEN_ID));

		assertThat(valid(items, DeliveryMode.FULL, " 11010519491231002x\uFEFF")).startsWith("11010519491231002X\t");
		assertThat(problemCodes(items, "110105194912310021")).containsExactly("id_number WRONG_CHECK_CHARACTER");
		assertThat(reasons(items, "110105194912310021")).singleElement().asString().contains("expected 'X'");
		assertThat(problemCodes(items, "99010519491231002X")).containsExactly("id_number UNKNOWN_PROVINCE");
		assertThat(problemCodes(items, "110105194902300021")).containsExactly("id_number BIRTH_DATE_DOES_NOT_EXIST");
		assertThat(problemCodes(items, withCheck("11010520991231002"))).containsExactly("id_number BIRTH_DATE_IN_FUTURE");
		assertThat(problemCodes(items, "1101051949123100")).containsExactly("id_number WRONG_LENGTH");
		assertThat(problemCodes(items, "1101051949123100A2")).containsExactly("id_number CHARACTER_NOT_ALLOWED");
	}

	@Test
	void convertsFifteenDigitNumbersToEighteen() {
		List<InformationItem> items = List.of(identifier("id_number", IdentifierKind.CITIZEN_ID));

		// 110105491231002 is the first-generation form of 11010519491231002X.
		assertThat(valid(items, DeliveryMode.FULL, "110105491231002")).startsWith("11010519491231002X\t");
		assertThat(problemCodes(items, "110105490230002")).containsExactly("id_number BIRTH_DATE_DOES_NOT_EXIST");
	}

	@Test
	void checksUnifiedSocialCreditCodes() {
		List<InformationItem> items = List.of(identifier("credit_code", IdentifierKind.CREDIT_CODE));

		assertThat(valid(items, DeliveryMode.FULL, "91110000600037341l")).startsWith("91110000600037341L\t");
		assertThat(problemCodes(items, "91350100M000100Y4Z")).containsExactly("credit_code WRONG_CHECK_CHARACTER");
		assertThat(reasons(items, "91350100M000100Y4Z")).singleElement().asString().contains("expected '3'");
		assertThat(problemCodes(items, "91110000600037341")).containsExactly("credit_code WRONG_LENGTH");
		assertThat(problemCodes(items, "9111000060003734IL")).containsExactly("credit_code CHARACTER_NOT_ALLOWED");
		assertThat(problemCodes(items, "91A10000600037341L")).containsExactly("credit_code DIVISION_CODE_NOT_DIGITS");
	}

	@Test
	void normalisesPhoneNumbersToNationalDigits() {
		List<InformationItem> items = List.of(identifier("phone", IdentifierKind.PHONE));

		assertThat(valid(items, DeliveryMode.FULL, "138 0013 8000")).startsWith("13800138000\t");
		assertThat(valid(items, DeliveryMode.FULL, "+86 138-0013-8000")).startsWith("13800138000\t");
		assertThat(valid(items, DeliveryMode.FULL, "0086 13800138000")).startsWith("13800138000\t");
		assertThat(valid(items, DeliveryMode.FULL, "(010) 6552-1234")).startsWith("01065521234\t");
		assertThat(problemCodes(items, "12800138000")).containsExactly("phone NOT_A_MOBILE_NUMBER");
		assertThat(problemCodes(items, "6552-1234")).containsExactly("phone AREA_CODE_MISSING");
		assertThat(problemCodes(items, "138x0013800")).containsExactly("phone CHARACTER_NOT_ALLOWED");
		assertThat(problemCodes(items, "+852 2345 6789")).containsExactly("phone NOT_A_MAINLAND_NUMBER");
	}

	@Test
	void checksGeoJsonGeometries() {
		List<InformationItem> items = List.of(key("id", ItemType.INTEGER), item("shape", ItemType.GEOMETRY));

		assertThat(valid(items, DeliveryMode.FULL, "1", "{ \"type\": \"Point\", \"coordinates\": [116.4, 39.9] }"))
			.isEqualTo("1\t{\"type\":\"Point\",\"coordinates\":[116.4,39.9]}\t7\n");
		assertThat(valid(items, DeliveryMode.FULL, "1",
				"{\"type\":\"Polygon\",\"coordinates\":[[[116,39],[117,39],[117,40],[116,39]]]}")).startsWith("1\t{");
		for (String bad : List.of("POINT(116 39)", "{\"type\":\"Point\",\"coordinates\":[200,39]}",
				"{\"type\":\"Polygon\",\"coordinates\":[[[116,39],[117,39],[117,40],[116,40]]]}",
				"{\"type\":\"Circle\",\"coordinates\":[1,2]}", "{\"type\":\"LineString\",\"coordinates\":[[1,2]]}")) {
			assertThat(problemCodes(items, "1", bad)).as(bad).containsExactly("shape NOT_GEOMETRY");
		}
	}

	@Test
	void reportsEveryProblemOfARowAndWritesNothingForIt() {
		List<InformationItem> items = List.of(identifier("id_number", IdentifierKind.CITIZEN_ID), item("born", ItemType.DATE),
				item("count", ItemType.INTEGER));
		CopyText out = new CopyText();
		RowValidator validator = new RowValidator(items, DeliveryMode.FULL, TODAY);

		assertThat(validator.validate(row(3, "11010519491231002X", "1949-12-31", "1"), out, this::collect)).isTrue();
		assertThat(validator.validate(row(4, "110105194912310021", "1949-12-32", "x"), out, this::collect)).isFalse();

		assertThat(out.written()).isEqualTo("11010519491231002X\t1949-12-31\t1\t3\n");
		assertThat(problems).containsExactly("4 id_number WRONG_CHECK_CHARACTER 110105194912310021",
				"4 born NO_SUCH_DATE 1949-12-32", "4 count NOT_INTEGER x");
	}

	@Test
	void aDeletionNeedsOnlyItsKey() {
		List<InformationItem> items = List.of(key("id", ItemType.INTEGER), new InformationItem("name", "名称", ItemType.STRING,
				true, false, IdentifierKind.NONE, Sensitivity.PUBLIC), item("born", ItemType.DATE));
		RowFields deletion = row(9, "5", null, "not a date");
		deletion.markDelete();
		CopyText out = new CopyText();

		assertThat(new RowValidator(items, DeliveryMode.INCREMENTAL, TODAY).validate(deletion, out, this::collect)).isTrue();
		assertThat(out.written()).isEqualTo("5\t\\N\t\\N\t9\tt\n");
		assertThat(valid(items, DeliveryMode.INCREMENTAL, "5", "名", "2020-01-01")).isEqualTo("5\t名\t2020-01-01\t7\tf\n");
	}

	@Test
	void aRowProblemFoundByTheReaderRejectsTheRow() {
		List<InformationItem> items = List.of(key("id", ItemType.INTEGER));
		RowFields broken = row(12, "1");
		broken.reject(new ValueProblem("COLUMN_COUNT", "the row has 3 fields, the header has 1"), null);

		assertThat(new RowValidator(items, DeliveryMode.FULL, TODAY).validate(broken, new CopyText(), this::collect)).isFalse();
		assertThat(problems).containsExactly("12 null COLUMN_COUNT null");
	}

	private String valid(List<InformationItem> items, DeliveryMode mode, @Nullable String... values) {
		CopyText out = new CopyText();
		boolean valid = new RowValidator(items, mode, TODAY).validate(row(7, values), out, this::collect);
		assertThat(valid).as("valid: " + Arrays.toString(values) + " " + problems).isTrue();
		return out.written();
	}

	private List<String> invalid(List<InformationItem> items, @Nullable String... values) {
		return problemCodes(items, values);
	}

	private List<String> problemCodes(List<InformationItem> items, @Nullable String... values) {
		problems.clear();
		CopyText out = new CopyText();
		assertThat(new RowValidator(items, DeliveryMode.FULL, TODAY).validate(row(7, values), out, this::collect)).isFalse();
		assertThat(out.written()).isEmpty();
		return problems.stream().map(p -> p.split(" ")[1] + " " + p.split(" ")[2]).toList();
	}

	private List<String> reasons(List<InformationItem> items, String... values) {
		List<String> reasons = new ArrayList<>();
		new RowValidator(items, DeliveryMode.FULL, TODAY).validate(row(7, values), new CopyText(),
				(row, item, problem, value) -> reasons.add(problem.reason()));
		return reasons;
	}

	private void collect(long row, @Nullable String item, ValueProblem problem, @Nullable String value) {
		problems.add(row + " " + item + " " + problem.code() + " " + value);
	}

	static RowFields row(long line, @Nullable String... values) {
		RowFields row = new RowFields(values.length);
		row.reset(line);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				int start = row.append(values[i]);
				row.set(i, start, row.length());
			}
		}
		return row;
	}

	private static String withCheck(String seventeen) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (seventeen.charAt(i) - '0') * weights[i];
		}
		return seventeen + "10X98765432".charAt(sum % 11);
	}

	private static InformationItem key(String name, ItemType type) {
		return new InformationItem(name, name, type, true, true, IdentifierKind.NONE, Sensitivity.PUBLIC);
	}

	private static InformationItem item(String name, ItemType type) {
		return new InformationItem(name, name, type, false, false, IdentifierKind.NONE, Sensitivity.PUBLIC);
	}

	private static InformationItem identifier(String name, IdentifierKind kind) {
		return new InformationItem(name, name, ItemType.STRING, true, true, kind, Sensitivity.SENSITIVE_PERSONAL);
	}
}
