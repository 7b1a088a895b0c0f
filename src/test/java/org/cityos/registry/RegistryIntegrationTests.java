package org.cityos.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.Catalog;
import org.cityos.catalog.CatalogActors;
import org.cityos.catalog.CatalogTestData;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Sensitivity;
import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 比对 end to end: three departments deliver (公安 the register, 人社 a copy with one wrong
 * name and one unknown person, 卫健委 a death), the registry compares after each delivery;
 * a corrected delivery closes the conflict.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	private ApiClient admin;

	private final ResourceCode register = CatalogTestData.uniqueCode();

	private final ResourceCode insurance = CatalogTestData.uniqueCode();

	private final ResourceCode deaths = CatalogTestData.uniqueCode();

	private final String registry = "people_" + UUID.randomUUID().toString().substring(0, 8);

	private final String zhang = CatalogTestData.citizenId("610302", LocalDate.of(1990, 1, 1), 11);

	private final String li = CatalogTestData.citizenId("610302", LocalDate.of(1985, 5, 5), 12);

	private final String wang = CatalogTestData.citizenId("610302", LocalDate.of(1970, 3, 3), 13);

	private final String zhao = CatalogTestData.citizenId("610302", LocalDate.of(1999, 9, 9), 14);

	@BeforeAll
	void deliverConflictingSources() {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
		catalog.register(RegistryFixtures.resource(register, "测试人口登记", "GAJ", List.of(id("id_number", true), name("name"), date("birth_date"))), RegistryFixtures.BUREAU);
		catalog.register(RegistryFixtures.resource(insurance, "测试参保信息", "RSJ", List.of(id("id_number", true), name("name"), date("birth_date"))), RegistryFixtures.BUREAU);
		catalog.register(RegistryFixtures.resource(deaths, "测试死亡证明", "WJW", List.of(new InformationItem("certificate_no", "证明编号",
				ItemType.STRING, true, true, IdentifierKind.NONE, Sensitivity.INTERNAL), id("id_number", false), name("name"),
				date("death_date"))), RegistryFixtures.BUREAU);
		Response defined = admin.post("/api/registry/definitions", """
				{"name":"%s","label":"测试人口库","keyAttribute":"id_number","keyLabel":"公民身份号码","keyResource":"%s",
				 "keyItem":"id_number","deathAttribute":"death_date","attributes":[
				  {"name":"name","label":"姓名","kind":"TEXT","sources":[
				    {"resource":"%s","keyItem":"id_number","item":"name","authoritative":true},
				    {"resource":"%s","keyItem":"id_number","item":"name","authoritative":false},
				    {"resource":"%s","keyItem":"id_number","item":"name","authoritative":false}]},
				  {"name":"birth_date","label":"出生日期","kind":"DATE","sources":[
				    {"resource":"%s","keyItem":"id_number","item":"birth_date","authoritative":true},
				    {"resource":"%s","keyItem":"id_number","item":"birth_date","authoritative":false}]},
				  {"name":"death_date","label":"死亡日期","kind":"DATE","sources":[
				    {"resource":"%s","keyItem":"id_number","item":"death_date","authoritative":true}]}]}
				""".formatted(registry, register, register, insurance, deaths, register, insurance, deaths));
		assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
		deliver(register, "full", """
				id_number,name,birth_date
				%s,张三,1990-01-01
				%s,李四,1985-05-05
				%s,王五,1970-03-03
				""".formatted(zhang, li, wang));
		deliver(insurance, "full", """
				id_number,name,birth_date
				%s,张三,1990/1/1
				%s,李思,1985-05-05
				%s,赵六,1999-09-09
				""".formatted(zhang, li, zhao));
		deliver(deaths, "full", """
				certificate_no,id_number,name,death_date
				D0001,%s,王五,2024-01-01
				""".formatted(wang));
	}

	@Test
	void agreeingValuesEnterTheGoldenRecordWithTheSourcesThatAgree() {
		Response record = admin.get("/api/registry/" + registry + "/records/" + zhang);
		assertThat(record.status()).as(record.toString()).isEqualTo(200);
		JsonNode birth = attribute(record.json(), "birth_date");
		assertThat(birth.get("value").asString()).isEqualTo("1990-01-01");
		assertThat(texts(birth.get("agreeingSources"))).containsExactlyInAnyOrder(register.value(), insurance.value());
		JsonNode name = attribute(record.json(), "name");
		assertThat(name.get("value").asString()).isEqualTo("张*");
		assertThat(record.json().get("key").asString()).contains("*");
	}

	@Test
	void conflictingNameGoesBackToTheDisagreeingDepartment() {
		JsonNode conflict = find(admin, "", "VALUE_CONFLICT", li);
		assertThat(conflict).as("conflict of " + li).isNotNull();
		assertThat(conflict.get("providerCode").asString()).isEqualTo("RSJ");
		assertThat(conflict.get("source").asString()).isEqualTo(insurance.value());
		assertThat(conflict.get("attribute").asString()).isEqualTo("name");
		assertThat(conflict.get("authoritativeValue").asString()).isEqualTo("李四");
		assertThat(conflict.get("sourceValues").toString()).contains("李思").contains("李四");
		assertThat(conflict.get("state").asString()).isEqualTo("OPEN");
		assertThat(Instant.parse(conflict.get("dueAt").asString())).isAfter(Instant.parse(conflict.get("foundAt").asString()));
		assertThat(find(admin, "", "VALUE_CONFLICT", zhang)).as("张三 agrees after normalisation").isNull();
	}

	@Test
	void keyUnknownToTheRegisterAndDeadPersonStillRegisteredAreDiscrepancies() {
		JsonNode missing = find(admin, "", "MISSING_FROM_AUTHORITY", zhao);
		assertThat(missing).isNotNull();
		assertThat(missing.get("providerCode").asString()).isEqualTo("RSJ");
		JsonNode dead = find(admin, "", "DEAD_BUT_ALIVE_ELSEWHERE", wang);
		assertThat(dead).isNotNull();
		assertThat(dead.get("providerCode").asString()).isEqualTo("GAJ");
		assertThat(dead.get("authoritativeValue").asString()).isEqualTo("2024-01-01");
	}

	@Test
	void stewardSeesOnlyTheDiscrepanciesOfOwnDepartment() {
		ApiClient steward = new CatalogActors(port).steward("RSJ");
		Response own = steward.get("/api/registry/" + registry + "/discrepancies?size=500");
		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		List<String> providers = new ArrayList<>();
		own.json().get("content").forEach(d -> providers.add(d.get("providerCode").asString()));
		assertThat(providers).isNotEmpty().containsOnly("RSJ");
		assertThat(steward.get("/api/registry/" + registry + "/discrepancies?department=GAJ").status()).isEqualTo(403);
		assertThat(steward.get("/api/registry/" + registry + "/records/" + zhang).status()).isEqualTo(200);
		assertThat(steward.get("/api/registry/" + registry + "/records/" + wang).status()).as("人社 does not hold 王五").isEqualTo(404);
	}

	@Test
	void definitionNamingAnUnknownItemIsRefused() {
		Response refused = admin.post("/api/registry/definitions", """
				{"name":"broken_%s","label":"坏","keyAttribute":"id_number","keyLabel":"身份证号","keyResource":"%s",
				 "keyItem":"no_such_item","attributes":[{"name":"name","label":"姓名","kind":"TEXT","sources":[
				   {"resource":"999999-999999","keyItem":"id_number","item":"name","authoritative":true}]}]}
				""".formatted(registry, register));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body()).contains("no_such_item").contains("999999-999999");
		assertThat(admin.get("/api/registry/definitions").body()).doesNotContain("broken_" + registry);
	}

	@Test
	@Order(Integer.MAX_VALUE) // changes what the others look at
	void correctedDeliveryClosesTheConflictAndFullComparisonKeepsTheRest() {
		deliver(insurance, "incremental", """
				id_number,name,birth_date
				%s,李四,1985-05-05
				""".formatted(li));
		JsonNode closed = find(admin, "&state=CLOSED", "VALUE_CONFLICT", li);
		assertThat(closed).as("closed conflict of " + li).isNotNull();
		assertThat(find(admin, "&state=OPEN", "VALUE_CONFLICT", li)).isNull();
		assertThat(contentVersion(insurance)).as("stored records changed by keys").isNull();
		String registerTable = storedTable(register);
		String insuranceTable = storedTable(insurance);

		compareInFull();
		assertThat(find(admin, "&state=OPEN", "DEAD_BUT_ALIVE_ELSEWHERE", wang)).isNotNull();
		assertThat(find(admin, "&state=OPEN", "MISSING_FROM_AUTHORITY", zhao)).isNotNull();
		assertThat(find(admin, "&state=OPEN", "VALUE_CONFLICT", li)).isNull();
		assertThat(storedTable(register)).as("no delivery since it was stored: kept").isEqualTo(registerTable);
		assertThat(storedTable(insurance)).as("changed by the incremental delivery: written again").isNotEqualTo(insuranceTable);
		assertThat(contentVersion(insurance)).isNotNull();

		String rewritten = storedTable(insurance);
		compareInFull();
		assertThat(storedTable(insurance)).as("nothing delivered since: kept").isEqualTo(rewritten);
		assertThat(find(admin, "&state=OPEN", "VALUE_CONFLICT", li)).isNull();
		assertThat(find(admin, "&state=OPEN", "MISSING_FROM_AUTHORITY", zhao)).isNotNull();
	}

	private void compareInFull() {
		Response started = admin.post("/api/registry/" + registry + "/comparisons", "{}");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String job = started.json().get("job").asString();
		RegistryFixtures.awaitUntil(() -> progress.find(job) != null && progress.find(job).state() != ProgressBoard.State.RUNNING);
		assertThat(progress.find(job).state()).isEqualTo(ProgressBoard.State.DONE);
	}

	private String storedTable(ResourceCode source) {
		return jdbc.sql("select table_name from registry_source_table where registry = :r and source = :s")
			.param("r", registry).param("s", source.value()).query(String.class).single();
	}

	private @Nullable String contentVersion(ResourceCode source) {
		return jdbc.sql("select content_version from registry_source_table where registry = :r and source = :s")
			.param("r", registry).param("s", source.value()).query(String.class).optional().orElse(null);
	}

	private @Nullable JsonNode find(ApiClient client, String query, String kind, String key) {
		Response page = client.get("/api/registry/" + registry + "/discrepancies?size=500" + query);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		for (JsonNode d : page.json().get("content")) {
			if (d.get("kind").asString().equals(kind) && d.get("key").asString().equals(key)) {
				return d;
			}
		}
		return null;
	}

	private void deliver(ResourceCode code, String mode, String csv) {
		RegistryFixtures.deliver(catalog, jdbc, code, DeliveryMode.valueOf(mode.toUpperCase()), csv);
	}

	private static JsonNode attribute(JsonNode record, String name) {
		for (JsonNode a : record.get("attributes")) {
			if (a.get("attribute").asString().equals(name)) {
				return a;
			}
		}
		throw new AssertionError("no attribute " + name + " in " + record);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.get("code").asString()));
		return texts;
	}

	private static InformationItem id(String name, boolean key) {
		return new InformationItem(name, "身份证号", ItemType.STRING, true, key, IdentifierKind.CITIZEN_ID, Sensitivity.PERSONAL);
	}

	private static InformationItem name(String name) {
		return new InformationItem(name, "姓名", ItemType.STRING, true, false, IdentifierKind.NONE, Sensitivity.PERSONAL);
	}

	private static InformationItem date(String name) {
		return new InformationItem(name, "日期", ItemType.DATE, false, false, IdentifierKind.NONE, Sensitivity.PERSONAL);
	}
}
