package org.cityos.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes catalog resources and their data straight into the tables, in the layout of the
 * catalog contract (catalog_resource, catalog_resource_version with the items as JSON, one data
 * table per version with a column per item, lineage columns, key as primary key, identifier
 * indexes), so that sharing and exchange can be tested before and independently of the
 * registration and collection API.
 */
public final class CatalogTestData {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECKS = "10X98765432";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	public CatalogTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A code not used before in this database: a random serial under classification 909901, which
	 * the registration's tests do not use (registration numbers serials after the highest one of a
	 * classification, so test rows must not take serials under a classification it registers into).
	 */
	public static ResourceCode uniqueCode() {
		return new ResourceCode("909901-" + String.format("%06d", 1 + ThreadLocalRandom.current().nextInt(899_999)));
	}

	/** 人口基本信息 of the public security bureau: citizens by ID number, personal items of each kind. */
	public static List<InformationItem> populationItems() {
		return List.of(
				new InformationItem("id_number", "公民身份号码", ItemType.STRING, true, true, IdentifierKind.CITIZEN_ID,
						Sensitivity.SENSITIVE_PERSONAL),
				new InformationItem("full_name", "姓名", ItemType.STRING, true, false, null, Sensitivity.PERSONAL),
				new InformationItem("gender", "性别", ItemType.STRING, false, false, null, Sensitivity.INTERNAL),
				new InformationItem("birth_date", "出生日期", ItemType.DATE, false, false, null, Sensitivity.PERSONAL),
				new InformationItem("phone", "联系电话", ItemType.STRING, false, false, IdentifierKind.PHONE,
						Sensitivity.PERSONAL),
				new InformationItem("address", "户籍地址", ItemType.STRING, false, false, null, Sensitivity.PERSONAL),
				new InformationItem("district_code", "所属区县代码", ItemType.STRING, false, false, null, Sensitivity.PUBLIC),
				new InformationItem("household_size", "户内人数", ItemType.INTEGER, false, false, null, Sensitivity.INTERNAL),
				new InformationItem("registered_at", "登记时间", ItemType.DATETIME, false, false, null, Sensitivity.INTERNAL));
	}

	public record Person(String idNumber, String fullName, String gender, LocalDate birthDate, String phone,
			String address, String districtCode, long householdSize, Instant registeredAt) {

		public Map<String, Object> row() {
			return Map.of("id_number", idNumber, "full_name", fullName, "gender", gender, "birth_date", birthDate,
					"phone", phone, "address", address, "district_code", districtCode, "household_size", householdSize,
					"registered_at", Timestamp.from(registeredAt));
		}
	}

	/** {@code count} people with valid, distinct ID numbers; household sizes 1..5, birth years 1950 onwards. */
	public static List<Person> people(int count) {
		List<Person> people = new ArrayList<>();
		String[] surnames = { "张", "王", "李", "赵", "欧阳" };
		for (int i = 0; i < count; i++) {
			LocalDate birth = LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28);
			String id = citizenId("610402", birth, i % 1000);
			people.add(new Person(id, surnames[i % surnames.length] + "测试" + i, i % 2 == 0 ? "女" : "男", birth,
					"138" + String.format("%08d", i), "陕西省咸阳市秦都区人民路" + (i + 1) + "号" + (i % 7) + "单元",
					"610402", 1 + i % 5, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i)));
		}
		return people;
	}

	/** A valid 18-character ID number (GB 11643): address code, birth date, sequence, MOD 11-2 check. */
	public static String citizenId(String address, LocalDate birth, int sequence) {
		String body = address + birth.toString().replace("-", "") + String.format("%03d", sequence);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return body + CHECKS.charAt(sum % 11);
	}

	/** What a test resource looks like; the defaults make a conditional, not open population resource of GAJ. */
	public record Spec(ResourceCode code, String name, String providerCode, List<InformationItem> items,
			SharingType sharingType, String sharingCondition, OpenType openType, Subject subject, UpdateCycle cycle) {

		public static Spec population(String providerCode) {
			return new Spec(uniqueCode(), "人口基本信息", providerCode, populationItems(), SharingType.CONDITIONAL,
					"仅限社会救助、社会保障核对使用", OpenType.NOT_OPEN, Subject.POPULATION, UpdateCycle.DAILY);
		}

		public Spec sharing(SharingType type, String condition) {
			return new Spec(code, name, providerCode, items, type, condition, openType, subject, cycle);
		}

		public Spec open(OpenType type) {
			return new Spec(code, name, providerCode, items, sharingType, sharingCondition, type, subject, cycle);
		}

		public Spec named(String newName) {
			return new Spec(code, newName, providerCode, items, sharingType, sharingCondition, openType, subject, cycle);
		}

		public Spec withItems(List<InformationItem> newItems) {
			return new Spec(code, name, providerCode, newItems, sharingType, sharingCondition, openType, subject, cycle);
		}
	}

	/** Registers the resource (version 1) and creates its empty data table; answers the table's name. */
	public String register(Spec spec) {
		String table = "catalog_data_" + spec.code().value().replace("-", "_") + "_v1";
		jdbc.sql("""
				insert into catalog_resource (code, name, summary, provider_code, subject, current_version, update_cycle,
				    sharing_type, sharing_condition, open_type, sharing_method, data_grade, invalid_row_policy)
				values (:code, :name, :summary, :provider, :subject, 1, :cycle, :sharing, :condition, :open, 'PLATFORM',
				    'GENERAL', 'REJECT_BATCH')
				""")
			.param("code", spec.code().value()).param("name", spec.name()).param("summary", spec.name() + "（测试）")
			.param("provider", spec.providerCode()).param("subject", spec.subject().name())
			.param("cycle", spec.cycle().name()).param("sharing", spec.sharingType().name())
			.param("condition", spec.sharingType() == SharingType.UNCONDITIONAL ? null : spec.sharingCondition())
			.param("open", spec.openType().name()).update();
		jdbc.sql("insert into catalog_resource_version (resource_code, version, items, data_table) values (:code, 1, :items::jsonb, :table)")
			.param("code", spec.code().value()).param("items", json.writeValueAsString(spec.items())).param("table", table)
			.update();
		String columns = spec.items().stream().map(i -> i.name() + " " + i.type().columnType() + (i.required() ? " not null" : ""))
			.collect(Collectors.joining(", "));
		String key = spec.items().stream().filter(InformationItem::key).map(InformationItem::name).collect(Collectors.joining(", "));
		jdbc.sql("create table " + table + " (" + columns
				+ ", _delivery_id uuid not null, _received_at timestamptz not null, primary key (" + key + "))").update();
		spec.items().stream().filter(i -> i.identifier() != IdentifierKind.NONE && !i.key()).forEach(i -> jdbc
			.sql("create index " + table + "_" + i.name() + " on " + table + " (" + i.name() + ")").update());
		return table;
	}

	/** Inserts rows (maps of item name to value) as one delivery. */
	public void insert(String table, List<Map<String, Object>> rows) {
		UUID delivery = UUID.randomUUID();
		for (Map<String, Object> row : rows) {
			List<String> names = new ArrayList<>(row.keySet());
			var statement = jdbc.sql("insert into " + table + " (" + String.join(", ", names)
					+ ", _delivery_id, _received_at) values (" + names.stream().map(n -> ":" + n).collect(Collectors.joining(", "))
					+ ", :delivery, now())");
			for (String name : names) {
				statement = statement.param(name, row.get(name));
			}
			statement.param("delivery", delivery).update();
		}
	}
}
