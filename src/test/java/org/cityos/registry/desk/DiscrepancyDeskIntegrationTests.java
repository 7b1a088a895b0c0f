package org.cityos.registry.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.Catalog;
import org.cityos.catalog.Catalog.NewResource;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 校核纠错 end to end: 公安 holds the register, 人社 a copy with disagreements. 人社 confirms one
 * (its correction closes it), disputes another with evidence (the bureau finds 人社 right, so
 * 公安 gets the item, and the conflict is not raised again), and loses a third dispute.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscrepancyDeskIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	private ApiClient admin;

	private ApiClient insuranceSteward;

	private ApiClient registerSteward;

	private final ResourceCode register = CatalogTestData.uniqueCode();

	private final ResourceCode insurance = CatalogTestData.uniqueCode();

	private final String registry = "desk_" + UUID.randomUUID().toString().substring(0, 8);

	private final String zhang = CatalogTestData.citizenId("610302", LocalDate.of(1990, 1, 1), 21);

	private final String li = CatalogTestData.citizenId("610302", LocalDate.of(1985, 5, 5), 22);

	private final String wang = CatalogTestData.citizenId("610302", LocalDate.of(1970, 3, 3), 23);

	private final String zhao = CatalogTestData.citizenId("610302", LocalDate.of(1999, 9, 9), 24);

	@BeforeAll
	void deliverDisagreeingSources() {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
		CatalogActors actors = new CatalogActors(port);
		insuranceSteward = actors.steward("RSJ");
		registerSteward = actors.steward("GAJ");
		catalog.register(resource(register, "纠错测试人口登记", "GAJ"), RegistryFixtures.BUREAU);
		catalog.register(resource(insurance, "纠错测试参保信息", "RSJ"), RegistryFixtures.BUREAU);
		Response defined = admin.post("/api/registry/definitions", """
				{"name":"%s","label":"纠错测试人口库","keyAttribute":"id_number","keyLabel":"公民身份号码","keyResource":"%s",
				 "keyItem":"id_number","attributes":[
				  {"name":"name","label":"姓名","kind":"TEXT","sources":[
				    {"resource":"%s","keyItem":"id_number","item":"name","authoritative":true},
				    {"resource":"%s","keyItem":"id_number","item":"name","authoritative":false}]}]}
				""".formatted(registry, register, register, insurance));
		assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
		deliver(register, DeliveryMode.FULL, "%s,张三\n%s,李四\n%s,王五\n".formatted(zhang, li, wang));
		deliver(insurance, DeliveryMode.FULL, "%s,张三\n%s,李思\n%s,王伍\n%s,赵六\n".formatted(zhang, li, wang, zhao));
	}

	@Test
	void confirmedDiscrepancyIsClosedByTheCorrectedDelivery() {
		JsonNode conflict = live("VALUE_CONFLICT", li);
		String id = conflict.get("id").asString();
		Response confirmed = insuranceSteward.post(path(id, "confirm"), "{\"note\":\"录入错误，下次报送更正\"}");
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		JsonNode detail = confirmed.json();
		assertThat(detail.at("/discrepancy/state").asString()).isEqualTo("CONFIRMED");
		assertThat(Instant.parse(detail.at("/discrepancy/dueAt").asString()))
			.isAfter(Instant.parse(conflict.get("dueAt").asString()));
		assertThat(detail.get("steps")).hasSize(1);
		assertThat(detail.at("/steps/0/action").asString()).isEqualTo("CONFIRM");
		assertThat(audited("registry.discrepancy.confirm", id)).isTrue();

		Response again = insuranceSteward.post(path(id, "confirm"), "{}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();
		assertThat(again.body()).contains("CONFIRMED");

		deliver(insurance, DeliveryMode.INCREMENTAL, "%s,李四\n".formatted(li));
		assertThat(admin.get(path(id, "")).json().at("/discrepancy/state").asString()).isEqualTo("CLOSED");
	}

	@Test
	void upheldDisputeMovesTheItemToTheAuthorityAndIsNotRaisedAgain() {
		String id = live("VALUE_CONFLICT", wang).get("id").asString();
		Response withoutEvidence = insuranceSteward.post(path(id, "dispute"), "{\"note\":\"我们是对的\"}");
		assertThat(withoutEvidence.status()).isEqualTo(400);
		assertThat(withoutEvidence.isProblem()).isTrue();
		assertThat(withoutEvidence.body()).contains("evidence");
		assertThat(state(id)).isEqualTo("OPEN");

		Response foreign = registerSteward.post(path(id, "dispute"), "{\"evidence\":\"户籍档案\"}");
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(registerSteward.get(path(id, "")).status()).isEqualTo(403);
		assertThat(insuranceSteward.post(path(id, "arbitrate"), "{\"providerCorrect\":true,\"reason\":\"x\"}").status())
			.isEqualTo(403);
		assertThat(state(id)).isEqualTo("OPEN");

		Response disputed = insuranceSteward.post(path(id, "dispute"),
				"{\"evidence\":\"参保登记表原件（2019-03-02 签字）载明姓名为王伍\"}");
		assertThat(disputed.status()).as(disputed.toString()).isEqualTo(200);
		assertThat(disputed.json().at("/discrepancy/state").asString()).isEqualTo("DISPUTED");
		assertThat(disputed.json().at("/discrepancy/evidence").asString()).contains("参保登记表");

		assertThat(admin.post(path(id, "arbitrate"), "{\"providerCorrect\":true}").status()).isEqualTo(400);
		Response arbitrated = admin.post(path(id, "arbitrate"),
				"{\"providerCorrect\":true,\"reason\":\"经核对户籍档案，姓名应为王伍\"}");
		assertThat(arbitrated.status()).as(arbitrated.toString()).isEqualTo(200);
		assertThat(arbitrated.json().at("/discrepancy/state").asString()).isEqualTo("RESOLVED");
		assertThat(arbitrated.json().at("/discrepancy/resolution").asString()).isEqualTo("PROVIDER_CORRECT");
		assertThat(arbitrated.json().get("steps")).hasSize(2);

		JsonNode authorityItem = find("&state=CONFIRMED&kind=AUTHORITY_WRONG", wang);
		assertThat(authorityItem).as("the register's item").isNotNull();
		assertThat(authorityItem.get("providerCode").asString()).isEqualTo("GAJ");
		assertThat(registerSteward.get("/api/registry/" + registry + "/discrepancies?kind=AUTHORITY_WRONG").body())
			.contains(authorityItem.get("id").asString());

		compareInFull();
		assertThat(find("&state=OPEN&kind=VALUE_CONFLICT", wang)).as("not raised again").isNull();

		deliver(register, DeliveryMode.INCREMENTAL, "%s,王伍\n".formatted(wang));
		assertThat(state(authorityItem.get("id").asString())).isEqualTo("CLOSED");
	}

	@Test
	void lostDisputeMustBeCorrectedAndCannotBeDisputedAgain() {
		String id = live("MISSING_FROM_AUTHORITY", zhao).get("id").asString();
		assertThat(insuranceSteward.post(path(id, "dispute"), "{\"evidence\":\"本人持有居民身份证\"}").status()).isEqualTo(200);
		Response arbitrated = admin.post(path(id, "arbitrate"),
				"{\"providerCorrect\":false,\"reason\":\"公安户籍系统无此人，身份证号校验位伪造\"}");
		assertThat(arbitrated.status()).as(arbitrated.toString()).isEqualTo(200);
		assertThat(arbitrated.json().at("/discrepancy/state").asString()).isEqualTo("CONFIRMED");
		Response again = insuranceSteward.post(path(id, "dispute"), "{\"evidence\":\"再次申诉\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(state(id)).isEqualTo("CONFIRMED");
		assertThat(find("&kind=AUTHORITY_WRONG", zhao)).isNull();
	}

	@Test
	void goldenRecordShowsProvenanceDiscrepanciesAndIsScopedToProvidingDepartments() {
		Response record = admin.get("/api/registry/" + registry + "/records/" + zhang);
		assertThat(record.status()).as(record.toString()).isEqualTo(200);
		JsonNode name = null;
		for (JsonNode attribute : record.json().get("attributes")) {
			if (attribute.get("attribute").asString().equals("name")) {
				name = attribute;
			}
		}
		assertThat(name).isNotNull();
		assertThat(name.get("value").asString()).isEqualTo("张*");
		assertThat(name.get("agreeingSources")).hasSize(2);
		assertThat(record.json().get("sources").toString()).contains("\"agrees\":true");
		assertThat(record.json().get("key").asString()).contains("*");

		assertThat(insuranceSteward.get("/api/registry/" + registry + "/records/" + zhang).status()).isEqualTo(200);
		ApiClient outsider = new CatalogActors(port).steward("JTYSJ");
		Response refused = outsider.get("/api/registry/" + registry + "/records/" + zhang);
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.isProblem()).isTrue();
	}

	@Test
	void providerSeesItsOwnAndTheAuthoritativeValueButOtherDepartmentsNothing() {
		Response own = insuranceSteward.get("/api/registry/" + registry + "/discrepancies?key=" + li + "&size=10");
		assertThat(own.status()).isEqualTo(200);
		Response other = new CatalogActors(port).steward("JTYSJ").get("/api/registry/" + registry + "/discrepancies");
		assertThat(other.json().get("totalElements").asLong()).isZero();
		assertThat(admin.get("/api/registry/" + registry + "/discrepancies/counts?department=RSJ").json().get("open")
			.asLong()).isPositive();
	}

	private String state(String id) {
		return admin.get(path(id, "")).json().at("/discrepancy/state").asString();
	}

	private JsonNode live(String kind, String key) {
		JsonNode found = find("&kind=" + kind, key);
		assertThat(found).as(kind + " of " + key).isNotNull();
		return found;
	}

	private @Nullable JsonNode find(String query, String key) {
		Response page = admin.get("/api/registry/" + registry + "/discrepancies?size=100&key=" + key + query);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		List<JsonNode> found = new java.util.ArrayList<>();
		page.json().get("content").forEach(found::add);
		return found.isEmpty() ? null : found.get(0);
	}

	private String path(String id, String action) {
		return "/api/registry/" + registry + "/discrepancies/" + id + (action.isEmpty() ? "" : "/" + action);
	}

	private boolean audited(String action, String id) {
		return jdbc.sql("select count(*) from audit_entry where action = :a and target like :t").param("a", action)
			.param("t", "%" + id).query(Long.class).single() > 0;
	}

	private void compareInFull() {
		Response started = admin.post("/api/registry/" + registry + "/comparisons", "{}");
		assertThat(started.status()).isEqualTo(202);
		String job = started.json().get("job").asString();
		RegistryFixtures.awaitUntil(() -> progress.find(job) != null && progress.find(job).state() != ProgressBoard.State.RUNNING);
		assertThat(progress.find(job).state()).isEqualTo(ProgressBoard.State.DONE);
	}

	private void deliver(ResourceCode code, DeliveryMode mode, String rows) {
		RegistryFixtures.deliver(catalog, jdbc, code, mode, "id_number,name\n" + rows);
	}

	private static NewResource resource(ResourceCode code, String name, String provider) {
		return RegistryFixtures.resource(code, name, provider,
				List.of(new InformationItem("id_number", "身份证号", ItemType.STRING, true, true, IdentifierKind.CITIZEN_ID,
						Sensitivity.PERSONAL),
						new InformationItem("name", "姓名", ItemType.STRING, true, false, IdentifierKind.NONE,
								Sensitivity.PERSONAL)));
	}
}
