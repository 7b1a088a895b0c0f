package org.cityos.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.CatalogActors;
import org.cityos.catalog.CatalogTestData;
import org.cityos.catalog.CatalogTestData.Person;
import org.cityos.catalog.CatalogTestData.Spec;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.Sensitivity;
import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading granted data: masking, filters, paging, exports, audit, and every way of not being
 * allowed to read. One population resource of the public security bureau (公安局), granted to
 * the civil affairs bureau (民政局, masked) and to human resources (人社局, names and phones unmasked).
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	private CatalogActors actors;

	private CatalogTestData data;

	private List<Person> people;

	private String code;

	private ApiClient civilAffairsSystem;

	private ApiClient humanResourcesSystem;

	private String civilAffairsGrant;

	@BeforeAll
	void grantedPopulation() {
		DemoCityLoaded.await(progress);
		actors = new CatalogActors(port);
		data = new CatalogTestData(jdbc);
		Spec spec = Spec.population("GAJ");
		code = spec.code().value();
		people = CatalogTestData.people(30);
		data.insert(data.register(spec), people.stream().map(Person::row).toList());
		civilAffairsGrant = grant("MZJ", "[\"full_name\",\"birth_date\",\"phone\",\"address\",\"household_size\",\"registered_at\",\"district_code\"]",
				"[]", "[]");
		grant("RSJ", "[\"full_name\",\"phone\",\"address\"]", "[\"full_name\",\"phone\"]", "[\"full_name\",\"phone\"]");
		civilAffairsSystem = actors.system(actors.token("MZJ"));
		humanResourcesSystem = actors.system(actors.token("RSJ"));
	}

	@Test
	void personalItemsAreMaskedByTheirKind() {
		Person zhang = people.get(0);
		Person ouyang = people.get(4);

		JsonNode page = read(civilAffairsSystem, "key=" + zhang.idNumber());
		JsonNode row = page.get("content").get(0);
		assertThat(row.get("id_number").asString()).isEqualTo(zhang.idNumber().substring(0, 6) + "********" + zhang.idNumber().substring(14));
		assertThat(row.get("full_name").asString()).isEqualTo("张" + "*".repeat(zhang.fullName().length() - 1));
		assertThat(row.get("phone").asString()).isEqualTo("138****0000");
		assertThat(row.get("birth_date").asString()).isEqualTo("1950-**-**");
		assertThat(row.get("address").asString()).isEqualTo("陕西省咸阳市秦都区人民路******");
		assertThat(row.get("district_code").asString()).isEqualTo("610402");
		assertThat(row.get("registered_at").asString()).isEqualTo("2026-01-01T08:00:00+08:00");
		assertThat(page.get("masked").values()).extracting(JsonNode::asString)
			.containsExactly("address", "birth_date", "full_name", "id_number", "phone");
		assertThat(read(civilAffairsSystem, "key=" + ouyang.idNumber()).get("content").get(0).get("full_name").asString())
			.startsWith("欧阳*");
	}

	@Test
	void grantedUnmaskedItemsAreReadInFull() {
		Person person = people.get(7);

		JsonNode page = read(humanResourcesSystem, "key=" + person.idNumber());

		JsonNode row = page.get("content").get(0);
		assertThat(row.get("full_name").asString()).isEqualTo(person.fullName());
		assertThat(row.get("phone").asString()).isEqualTo(person.phone());
		assertThat(row.get("address").asString()).endsWith("******");
		assertThat(page.get("masked").values()).extracting(JsonNode::asString).containsExactly("address", "id_number");
		assertThat(page.get("items").values()).extracting(JsonNode::asString)
			.containsExactly("id_number", "full_name", "phone", "address");
	}

	@Test
	void everyReadIsAuditedWithConsumerFilterAndRows() {
		long before = audited("catalog.exchange.read", "SUCCESS");
		for (int i = 0; i < 5; i++) {
			read(civilAffairsSystem, "household_size=" + (1 + i));
		}

		assertThat(audited("catalog.exchange.read", "SUCCESS")).isEqualTo(before + 5);
		String detail = jdbc.sql("select detail from audit_entry where action = 'catalog.exchange.read' and target = :code order by id desc limit 1")
			.param("code", code).query(String.class).single();
		assertThat(detail).contains("consumer=MZJ").contains("grants=[" + civilAffairsGrant + "]")
			.contains("filter=household_size=5").contains("rows=6");
		assertThat(jdbc.sql("select actor from audit_entry where action = 'catalog.exchange.read' and target = :code order by id desc limit 1")
			.param("code", code).query(String.class).single()).startsWith("system:MZJ:");
	}

	@Test
	void filtersByEqualityAndRangeAndPagesInKeyOrder() {
		JsonNode equal = read(civilAffairsSystem, "household_size=3&district_code=610402");
		assertThat(equal.get("content").values()).hasSize(6).allMatch(r -> r.get("household_size").asLong() == 3);

		JsonNode range = read(civilAffairsSystem, "household_size.gte=2&household_size.lte=3&size=100");
		assertThat(range.get("content").values()).hasSize(12)
			.allMatch(r -> r.get("household_size").asLong() >= 2 && r.get("household_size").asLong() <= 3);

		// birth_date is masked for this consumer: a range on it would rebuild what the mask hides.
		Response born = civilAffairsSystem.get(records("birth_date.gte=1970-01-01&birth_date.lt=19750101"));
		assertThat(born.status()).as(born.toString()).isEqualTo(403);
		assertThat(born.json().get("detail").asString()).contains("masked");
		assertThat(civilAffairsSystem.get(records("full_name=" + java.net.URLEncoder.encode("张三", java.nio.charset.StandardCharsets.UTF_8))).status())
			.isEqualTo(403);

		JsonNode registered = read(civilAffairsSystem, "registered_at.gte=2026-01-01T10:00:00%2B08:00&registered_at.lt=2026-01-01T04:00:00Z");
		assertThat(registered.get("content").values()).hasSize(2);

		JsonNode first = read(civilAffairsSystem, "size=20&page=0&count=true");
		JsonNode second = read(civilAffairsSystem, "size=20&page=1");
		assertThat(first.get("hasMore").asBoolean()).isTrue();
		assertThat(first.get("totalElements").asLong()).isEqualTo(30);
		assertThat(second.get("hasMore").asBoolean()).isFalse();
		assertThat(second.get("totalElements").isNull()).isTrue();
		List<String> keys = new ArrayList<>(first.get("content").findValuesAsString("id_number"));
		keys.addAll(second.get("content").findValuesAsString("id_number"));
		assertThat(keys).hasSize(30).doesNotHaveDuplicates();

		JsonNode chosen = read(civilAffairsSystem, "items=household_size,district_code&size=1");
		assertThat(chosen.get("items").values()).extracting(JsonNode::asString).containsExactly("district_code", "household_size");
		assertThat(chosen.get("masked").values()).isEmpty();
	}

	@Test
	void unknownOrMalformedFiltersAreRefusedNamingTheParameter() {
		assertProblem(civilAffairsSystem.get(records("salary=1")), 400, "salary");
		assertProblem(civilAffairsSystem.get(records("household_size.like=1")), 400, "household_size.like");
		assertProblem(civilAffairsSystem.get(records("household_size=many")), 400, "household_size");
		assertProblem(civilAffairsSystem.get(records("full_name.gte=张")), 400, "full_name.gte");
		assertProblem(civilAffairsSystem.get(records("birth_date=1990-02-30")), 400, "birth_date");
		assertProblem(civilAffairsSystem.get(records("size=1001")), 400, "size");
		assertProblem(civilAffairsSystem.get(records("page=-1")), 400, "page");
		assertProblem(civilAffairsSystem.get(records("items=full_name,salary")), 400, "items");
		assertProblem(civilAffairsSystem.get(records("household_size=1&household_size=2")), 400, "household_size");
		assertProblem(civilAffairsSystem.get(records("key.full_name=张三")), 400, "key.full_name");
		assertThat(civilAffairsSystem.get("/api/exchange/101001-99/records").status()).isEqualTo(400);
		assertThat(civilAffairsSystem.get("/api/exchange/999999-999998/records").status()).isEqualTo(404);
	}

	@Test
	void itemsOutsideTheGrantAreForbiddenNamingTheItem() {
		Response filter = civilAffairsSystem.get(records("gender=女"));
		assertThat(filter.status()).isEqualTo(403);
		assertThat(filter.json().get("detail").asString()).contains("'gender'");
		assertThat(humanResourcesSystem.get(records("items=household_size")).status()).isEqualTo(403);
		assertThat(humanResourcesSystem.get(records("household_size.gte=1")).status()).isEqualTo(403);
		assertThat(read(civilAffairsSystem, "size=1").get("content").get(0).has("gender")).isFalse();
	}

	@Test
	void compoundKeysAreReadWithEveryKeyItem() {
		Spec spec = Spec.population("TJJ").withItems(List.of(
				new InformationItem("district_code", "区县代码", ItemType.STRING, true, true, null, Sensitivity.PUBLIC),
				new InformationItem("year", "年度", ItemType.INTEGER, true, true, null, Sensitivity.PUBLIC),
				new InformationItem("population", "常住人口", ItemType.INTEGER, false, false, null, Sensitivity.PUBLIC)))
			.named("分区县常住人口");
		String table = data.register(spec);
		data.insert(table, List.of(Map.of("district_code", "610402", "year", 2025L, "population", 480_000L),
				Map.of("district_code", "610402", "year", 2026L, "population", 485_000L),
				Map.of("district_code", "610404", "year", 2026L, "population", 250_000L)));
		ApiClient statistics = actors.steward("TJJ");
		String path = "/api/exchange/" + spec.code().value() + "/records?";

		Response both = statistics.get(path + "key.district_code=610402&key.year=2026");
		assertThat(both.json().get("content").values()).singleElement()
			.satisfies(r -> assertThat(r.get("population").asLong()).isEqualTo(485_000));
		assertProblem(statistics.get(path + "key.district_code=610402"), 400, "key.year");
		assertProblem(statistics.get(path + "key=610402"), 400, "key");
	}

	@Test
	void exportStreamsEveryGrantedRowAsCsvAndJsonLinesAndIsAudited() {
		long before = audited("catalog.exchange.export", "SUCCESS");

		Response csv = civilAffairsSystem.get("/api/exchange/" + code + "/export?format=csv&items=full_name,address,household_size");
		Response jsonl = civilAffairsSystem.get("/api/exchange/" + code + "/export?format=jsonl&household_size.gte=4");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<String> lines = Arrays.asList(csv.body().split("\n"));
		assertThat(lines).hasSize(31);
		assertThat(lines.get(0)).isEqualTo("full_name,address,household_size");
		assertThat(lines.subList(1, 31)).allMatch(l -> l.matches("[^,]+\\*+,[^,]+\\*{6},[1-5]"));
		assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> rows = jsonl.body().lines().map(json::readTree).toList();
		assertThat(rows).hasSize(12).allMatch(r -> r.get("household_size").asLong() >= 4)
			.allMatch(r -> r.get("id_number").asString().contains("********") && !r.has("gender"));
		assertThat(audited("catalog.exchange.export", "SUCCESS")).isEqualTo(before + 2);
		assertThat(jdbc.sql("select detail from audit_entry where action = 'catalog.exchange.export' and target = :code order by id desc limit 1")
			.param("code", code).query(String.class).single()).contains("format=jsonl").contains("rows=12").contains("completed=true");
		assertProblem(civilAffairsSystem.get("/api/exchange/" + code + "/export?format=xml"), 400, "format");
		assertThat(civilAffairsSystem.get("/api/exchange/" + code + "/export?format=csv&gender=男").status()).isEqualTo(403);
	}

	@Test
	void aDepartmentNeverReadsWhatItWasNotGranted() {
		Person person = people.get(1);
		String byKey = records("key=" + person.idNumber());
		long deniedBefore = audited("catalog.exchange.read", "DENIED");

		assertThat(actors.system(actors.token("JTYSJ")).get(byKey).status()).isEqualTo(403);
		assertThat(actors.steward("JTYSJ").get(byKey).status()).isEqualTo(403);
		assertThat(actors.steward("JTYSJ").get("/api/exchange/" + code + "/export").status()).isEqualTo(403);
		assertThat(ApiClient.loggedIn(port, "leader").get(byKey).status()).isEqualTo(403);
		assertThat(ApiClient.loggedIn(port, "auditor").get(byKey).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get(byKey).status()).isEqualTo(401);
		assertThat(audited("catalog.exchange.read", "DENIED")).isEqualTo(deniedBefore + 2);
	}

	@Test
	void expiredGrantsAndExpiredTokensReadNothing() {
		Spec spec = Spec.population("GAJ");
		data.insert(data.register(spec), people.subList(0, 3).stream().map(Person::row).toList());
		String grantId = grantOn(spec.code().value(), "CZJ", "[\"full_name\"]", "[]", "[]");
		jdbc.sql("update catalog_grant set valid_until = now() - interval '1 second' where id = :id::uuid")
			.param("id", grantId).update();
		String token = actors.token("CZJ");
		String records = "/api/exchange/" + spec.code().value() + "/records";

		assertThat(actors.system(token).get(records).status()).isEqualTo(403);

		jdbc.sql("update directory_api_token set expires_at = now() - interval '1 minute' where department_code = 'CZJ'").update();
		String expiredToken = actors.token("CZJ");
		jdbc.sql("update directory_api_token set expires_at = now() - interval '1 minute' where department_code = 'CZJ'").update();
		Response expired = actors.system(expiredToken).get(records);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.isProblem()).isTrue();
	}

	@Test
	void theProviderReadsItsOwnDataWholeAndTheAdminEverythingMasked() {
		Person person = people.get(2);

		JsonNode own = read(ApiClient.loggedIn(port, "steward"), "key=" + person.idNumber());
		JsonNode admin = read(actors.admin(), "key=" + person.idNumber());

		assertThat(own.get("content").get(0).get("id_number").asString()).isEqualTo(person.idNumber());
		assertThat(own.get("content").get(0).get("gender").asString()).isEqualTo(person.gender());
		assertThat(own.get("masked").values()).isEmpty();
		assertThat(admin.get("content").get(0).get("gender").asString()).isEqualTo(person.gender());
		assertThat(admin.get("content").get(0).get("full_name").asString()).contains("*");
		assertThat(jdbc.sql("select detail from audit_entry where action = 'catalog.exchange.read' and target = :code and actor = 'admin' order by id desc limit 1")
			.param("code", code).query(String.class).single()).contains("basis=ADMIN");
	}

	@Test
	void readsByIdentifierAcceptTheWaysPeopleWriteThem() {
		Spec spec = Spec.population("GAJ");
		String table = data.register(spec);
		String withX = CatalogTestData.citizenId("110105", java.time.LocalDate.of(1949, 12, 31), 2);
		assertThat(withX).isEqualTo("11010519491231002X");
		Person person = new Person(withX, "李四", "女", java.time.LocalDate.of(1949, 12, 31), "13912345678", "北京市东城区景山前街4号",
				"110105", 1, java.time.Instant.parse("2026-03-01T00:00:00Z"));
		data.insert(table, List.of(person.row()));
		String path = "/api/exchange/" + spec.code().value() + "/records?";
		ApiClient provider = ApiClient.loggedIn(port, "steward");

		assertThat(provider.get(path + "key=11010519491231002x").json().get("content").values()).hasSize(1);
		assertThat(provider.get(path + "key=110105491231002").json().get("content").values()).hasSize(1);
		assertThat(provider.get(path + "phone=139-1234-5678").json().get("content").values()).hasSize(1);
		assertThat(provider.get(path + "phone=%2B86%20139%201234%205678").json().get("content").values()).hasSize(1);
	}

	private String grant(String consumer, String items, String unmasked, String approvedUnmasked) {
		return grantOn(code, consumer, items, unmasked, approvedUnmasked);
	}

	private String grantOn(String resource, String consumer, String items, String unmasked, String approvedUnmasked) {
		Response asked = actors.admin().post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"%s","purpose":"交换接口测试用的业务核对","items":%s,"unmaskedItems":%s}
				""".formatted(resource, consumer, items, unmasked));
		Response approved = ApiClient.loggedIn(port, "steward").post("/api/catalog/requests/" + asked.json().get("id").asString()
				+ "/approve", "{\"unmaskedItems\":" + approvedUnmasked + "}");
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		return approved.json().get("grantId").asString();
	}

	private JsonNode read(ApiClient client, String query) {
		Response response = client.get(records(query));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private String records(String query) {
		return "/api/exchange/" + code + "/records?" + query;
	}

	private long audited(String action, String outcome) {
		return jdbc.sql("select count(*) from audit_entry where action = :action and target = :code and outcome = :outcome")
			.param("action", action).param("code", code).param("outcome", outcome).query(Long.class).single();
	}

	private static void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).as(response.toString()).contains(field);
	}
}
