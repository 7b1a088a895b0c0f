package org.cityos.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceVersion;
import org.cityos.catalog.Sensitivity;
import org.cityos.catalog.exchange.RecordQuery.Condition;
import org.cityos.catalog.exchange.RecordQuery.Operator;
import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class RecordQueryTests {

	private static final ResourceVersion VERSION = new ResourceVersion(new ResourceCode("101001-000001"), 2, List.of(
			new InformationItem("id_number", "身份证号", ItemType.STRING, true, true, IdentifierKind.CITIZEN_ID,
					Sensitivity.SENSITIVE_PERSONAL),
			new InformationItem("phone", "电话", ItemType.STRING, false, false, IdentifierKind.PHONE, Sensitivity.PERSONAL),
			new InformationItem("income", "月收入", ItemType.DECIMAL, false, false, null, Sensitivity.PERSONAL),
			new InformationItem("birth_date", "出生日期", ItemType.DATE, false, false, null, Sensitivity.PERSONAL),
			new InformationItem("checked_at", "核对时间", ItemType.DATETIME, false, false, null, Sensitivity.INTERNAL),
			new InformationItem("household_size", "户内人数", ItemType.INTEGER, false, false, null, Sensitivity.INTERNAL),
			new InformationItem("active", "有效", ItemType.BOOLEAN, false, false, null, Sensitivity.INTERNAL),
			new InformationItem("residence", "住所", ItemType.GEOMETRY, false, false, null, Sensitivity.INTERNAL),
			new InformationItem("secret", "内部备注", ItemType.STRING, false, false, null, Sensitivity.INTERNAL)),
			"catalog_data_1", Instant.EPOCH);

	private static final Set<String> GRANTED = Set.of("id_number", "phone", "income", "birth_date", "checked_at",
			"household_size", "active", "residence");

	@Test
	void keyReadsTheSingleKeyItemNormalised() {
		RecordQuery query = parse("key", " 11010519491231002x ");

		assertThat(query.conditions()).containsExactly(new Condition(VERSION.items().get(0), Operator.EQ, "11010519491231002X"));
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(RecordQuery.DEFAULT_SIZE);
		assertThat(query.selected()).extracting(InformationItem::name).doesNotContain("secret").hasSize(8);
	}

	@Test
	void legacyFifteenDigitIdNumbersAreReadInTheirEighteenCharacterForm() {
		assertThat(parse("key", "110105491231002").conditions().get(0).value()).isEqualTo("11010519491231002X");
	}

	@Test
	void valuesAreReadAsTheItemsType() {
		RecordQuery query = parse("phone", "+86 138-1234-5678", "income.gte", "1500.50", "birth_date.lt", "19900101",
				"checked_at.gte", "2026-11-24T09:00:00 08:00", "household_size", "3", "active", "TRUE");

		assertThat(query.conditions()).extracting(Condition::value).containsExactlyInAnyOrder("13812345678",
				new BigDecimal("1500.50"), LocalDate.of(1990, 1, 1), OffsetDateTime.parse("2026-11-24T09:00:00+08:00"), 3L, true);
		assertThat(query.conditions()).extracting(Condition::operator).contains(Operator.GTE, Operator.LT, Operator.EQ);
	}

	@Test
	void dateTimesWithoutOffsetAreOnTheCitysClock() {
		assertThat(parse("checked_at.lte", "2026-11-24 18:00").conditions().get(0).value())
			.isEqualTo(OffsetDateTime.parse("2026-11-24T18:00+08:00"));
		assertThat(parse("checked_at.lte", "2026-11-24").conditions().get(0).value())
			.isEqualTo(OffsetDateTime.parse("2026-11-24T00:00+08:00"));
	}

	@Test
	void unknownItemsAndOperatorsAreRefusedNamingTheParameter() {
		assertField(() -> parse("salary", "1"), "salary");
		assertField(() -> parse("income.between", "1"), "income.between");
		assertField(() -> parse("phone.gte", "138"), "phone.gte");
		assertField(() -> parse("residence", "{}"), "residence");
		assertField(() -> parse("household_size", "3.5"), "household_size");
		assertField(() -> parse("active", "yes"), "active");
		assertField(() -> parse("birth_date", "1990-13-01"), "birth_date");
		assertField(() -> parse("key.phone", "1"), "key.phone");
		assertField(() -> parse("items", "phone,salary"), "items");
		assertField(() -> parse("items", " , "), "items");
		assertField(() -> parse("size", "0"), "size");
		assertField(() -> parse("size", "1001"), "size");
		assertField(() -> parse("page", "x"), "page");
	}

	@Test
	void itemsNotReadableAreRefusedByTheCallersRule() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> parse("secret", "x"))
			.withMessageContaining("secret");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> parse("items", "phone,secret"));
	}

	@Test
	void chosenItemsComeBackInTheResourcesOrder() {
		RecordQuery query = parse("items", "household_size,id_number", "size", "1000", "page", "3", "count", "true");

		assertThat(query.selected()).extracting(InformationItem::name).containsExactly("id_number", "household_size");
		assertThat(query.size()).isEqualTo(1000);
		assertThat(query.page()).isEqualTo(3);
		assertThat(query.count()).isTrue();
	}

	@Test
	void describesTheFilterForTheAuditLogInAStableOrder() {
		assertThat(parse("household_size", "3", "income.gte", "10", "page", "2").description())
			.isEqualTo("household_size=3&income.gte=10");
	}

	@Test
	void parametersGivenTwiceAreRefused() {
		Map<String, String[]> parameters = Map.of("household_size", new String[] { "1", "2" });
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> RecordQuery.parse(parameters, VERSION, GRANTED, RecordQueryTests::denied, Set.of(), ZoneId.of("Asia/Shanghai")))
			.withMessageContaining("once");
	}

	private static RecordQuery parse(String... pairs) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put(pairs[i], new String[] { pairs[i + 1] });
		}
		return RecordQuery.parse(parameters, VERSION, GRANTED, RecordQueryTests::denied, Set.of(), ZoneId.of("Asia/Shanghai"));
	}

	private static RuntimeException denied(String item) {
		return new AccessDeniedException("not granted: " + item);
	}

	private static void assertField(Runnable parse, String field) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(parse::run)
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(InvalidInputException.FieldProblem::field).contains(field));
	}
}
