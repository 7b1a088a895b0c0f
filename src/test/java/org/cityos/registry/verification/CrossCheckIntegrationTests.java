package org.cityos.registry.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.cityos.registry.RegistryFixtures;
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

/**
 * 低保核对 end to end on facts two departments delivered: a car makes an applicant ineligible, a
 * motorbike does not, a death record does; the list, the department scope, bad ID numbers.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossCheckIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	private ApiClient admin;

	private final ResourceCode vehicles = CatalogTestData.uniqueCode();

	private final ResourceCode deaths = CatalogTestData.uniqueCode();

	private final String ruleSet = "check_" + UUID.randomUUID().toString().substring(0, 8);

	private final String driver = CatalogTestData.citizenId("610302", LocalDate.of(1980, 1, 1), 31);

	private final String rider = CatalogTestData.citizenId("610302", LocalDate.of(1981, 1, 1), 32);

	private final String deceased = CatalogTestData.citizenId("610302", LocalDate.of(1940, 1, 1), 33);

	private final String nobody = CatalogTestData.citizenId("610302", LocalDate.of(1990, 1, 1), 34);

	@BeforeAll
	void deliverFactsAndDefineTheRuleSet() {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
		catalog.register(RegistryFixtures.resource(vehicles, "核查测试机动车", "JTYSJ", List.of(text("plate_no", true),
				id("owner_id_number"), text("vehicle_type", false))), RegistryFixtures.BUREAU);
		catalog.register(RegistryFixtures.resource(deaths, "核查测试死亡证明", "WJW", List.of(text("certificate_no", true), id("id_number"),
				new InformationItem("death_date", "死亡日期", ItemType.DATE, true, false, IdentifierKind.NONE,
						Sensitivity.PERSONAL))), RegistryFixtures.BUREAU);
		deliver(vehicles, "plate_no,owner_id_number,vehicle_type\n陕C00001,%s,小型轿车\n陕C00002,%s,二轮摩托车\n"
			.formatted(driver, rider));
		deliver(deaths, "certificate_no,id_number,death_date\nD1,%s,2024-02-03\n".formatted(deceased));
		Response defined = admin.put("/api/registry/checks/" + ruleSet, """
				{"code":"%s","label":"测试低保核对","description":"测试","departments":["MZJ"],"rules":[
				 {"code":"vehicle","label":"机动车","resource":"%s","keyItem":"owner_id_number","measure":"COUNT",
				  "whereItem":"vehicle_type","whereNotIn":["二轮摩托车"],"operator":">=","threshold":1,"outcome":"INELIGIBLE",
				  "explanation":"名下登记机动车 {value} 辆"},
				 {"code":"death","label":"死亡记录","resource":"%s","keyItem":"id_number","measure":"LATEST","item":"death_date",
				  "operator":"exists","outcome":"INELIGIBLE","explanation":"死亡日期 {value}"}]}
				""".formatted(ruleSet, vehicles, deaths));
		assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
	}

	@Test
	void eachApplicantGetsAVerdictWithItsExplanation() {
		ApiClient welfare = new CatalogActors(port).steward("MZJ");
		Response run = welfare.post("/api/registry/checks/" + ruleSet + "/runs",
				"{\"purpose\":\"2026年11月低保申请批次\",\"applicants\":[\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"]}"
					.formatted(driver, rider, deceased, nobody, driver));
		assertThat(run.status()).as(run.toString()).isEqualTo(201);
		JsonNode body = run.json();
		assertThat(body.get("applicants").asInt()).as("duplicates checked once").isEqualTo(4);
		assertThat(body.get("ineligible").asInt()).isEqualTo(2);
		assertThat(body.get("eligible").asInt()).isEqualTo(2);
		Map<String, JsonNode> results = new HashMap<>();
		body.get("results").forEach(r -> results.put(r.get("idNumber").asString(), r));
		assertThat(results.get(driver).get("verdict").asString()).isEqualTo("INELIGIBLE");
		assertThat(results.get(driver).get("explanations").get(0).asString()).isEqualTo("名下登记机动车 1 辆");
		assertThat(results.get(rider).get("verdict").asString()).isEqualTo("ELIGIBLE");
		assertThat(results.get(deceased).get("explanations").get(0).asString()).isEqualTo("死亡日期 2024-02-03");
		assertThat(results.get(nobody).get("findings")).isEmpty();

		String id = body.get("id").asString();
		Response csv = welfare.get("/api/registry/checks/runs/" + id + "/export.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).contains(driver + ",INELIGIBLE,名下登记机动车 1 辆");
		assertThat(new CatalogActors(port).steward("RSJ").get("/api/registry/checks/runs/" + id).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'registry.check.run' and target like :t")
			.param("t", "%" + id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void listPastedAsTextIsCheckedToo() {
		Response run = admin.send("POST", "/api/registry/checks/" + ruleSet + "/runs?purpose=paste",
				"身份证号\n" + driver + "\n" + nobody + "\n", "text/plain");
		assertThat(run.status()).as(run.toString()).isEqualTo(201);
		assertThat(run.json().get("applicants").asInt()).isEqualTo(2);
	}

	@Test
	void invalidIdNumbersRefuseTheWholeListNamingEach() {
		String wrong = driver.substring(0, 17) + (driver.charAt(17) == '1' ? '2' : '1');
		long before = runs();
		Response refused = admin.post("/api/registry/checks/" + ruleSet + "/runs",
				"{\"purpose\":\"坏名单\",\"applicants\":[\"%s\",\"%s\",\"12345\"]}".formatted(driver, wrong));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body()).contains("applicants[1]").contains("applicants[2]").contains("2 of 3");
		assertThat(runs()).isEqualTo(before);
		assertThat(admin.post("/api/registry/checks/" + ruleSet + "/runs",
				"{\"applicants\":[\"%s\"]}".formatted(driver)).status()).as("no purpose").isEqualTo(400);
	}

	@Test
	void departmentNotNamedByTheRuleSetIsRefused() {
		Response refused = new CatalogActors(port).steward("RSJ").post("/api/registry/checks/" + ruleSet + "/runs",
				"{\"purpose\":\"越权\",\"applicants\":[\"%s\"]}".formatted(driver));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
	}

	@Test
	void ruleSetNamingUnknownResourcesOrItemsIsRefusedAndNothingSaved() {
		Response refused = admin.put("/api/registry/checks/" + ruleSet, """
				{"code":"%s","label":"坏","description":"坏","departments":[],"rules":[
				 {"code":"x","label":"x","resource":"999999-999999","keyItem":"id","measure":"COUNT","operator":">=",
				  "threshold":1,"outcome":"REVIEW","explanation":"x"},
				 {"code":"y","label":"y","resource":"%s","keyItem":"no_such_item","measure":"SUM","operator":"~",
				  "outcome":"REVIEW","explanation":"y"}]}
				""".formatted(ruleSet, vehicles));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("999999-999999").contains("no_such_item").contains("operator")
			.contains("rules[1].item");
		assertThat(admin.get("/api/registry/checks").body()).contains("测试低保核对").doesNotContain("\"label\":\"坏\"");
	}

	@Test
	void demoRuleSetForSubsistenceIsThere() {
		Response sets = new CatalogActors(port).steward("MZJ").get("/api/registry/checks");
		assertThat(sets.status()).isEqualTo(200);
		assertThat(sets.body()).contains("subsistence").contains("低保核对");
	}

	private long runs() {
		return jdbc.sql("select count(*) from registry_check_run").query(Long.class).single();
	}

	private void deliver(ResourceCode code, String csv) {
		RegistryFixtures.deliver(catalog, jdbc, code, DeliveryMode.FULL, csv);
	}

	private static InformationItem id(String name) {
		return new InformationItem(name, "身份证号", ItemType.STRING, true, false, IdentifierKind.CITIZEN_ID,
				Sensitivity.PERSONAL);
	}

	private static InformationItem text(String name, boolean key) {
		return new InformationItem(name, name, ItemType.STRING, true, key, IdentifierKind.NONE, Sensitivity.INTERNAL);
	}
}
