package org.cityos.catalog.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.cityos.catalog.CatalogActors;
import org.cityos.catalog.CatalogTestData;
import org.cityos.catalog.CatalogTestData.Person;
import org.cityos.catalog.CatalogTestData.Spec;
import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The use case told in order: the civil affairs bureau (民政局) needs population data held by the
 * public security bureau (公安局) to check social assistance (低保) applicants.
 */
@CityOsIntegrationTest
class SharingLifecycleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoCityLoaded() {
		DemoCityLoaded.await(progress);
	}

	@Test
	void conditionalRequestIsApprovedReadByTheConsumersSystemAndRevoked() {
		CatalogActors actors = new CatalogActors(port);
		CatalogTestData data = new CatalogTestData(jdbc);
		Spec population = Spec.population("GAJ");
		String table = data.register(population);
		List<Person> people = CatalogTestData.people(20);
		data.insert(table, people.stream().map(Person::row).toList());
		String code = population.code().value();
		ApiClient civilAffairs = actors.steward("MZJ");
		ApiClient publicSecurity = ApiClient.loggedIn(port, "steward");
		ApiClient assistanceSystem = actors.system(actors.token("MZJ"));
		Person applicant = people.get(3);

		// 1. The civil affairs steward asks for names and addresses, the names unmasked.
		Response asked = civilAffairs.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"MZJ","purpose":"低保申请人家庭经济状况核对，核实户籍信息",
				 "items":["full_name","address","household_size"],"unmaskedItems":["full_name"]}
				""".formatted(code));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		JsonNode request = asked.json();
		String requestId = request.get("id").asString();
		assertThat(request.get("state").asString()).isEqualTo("REQUESTED");
		assertThat(request.get("items").values()).extracting(JsonNode::asString)
			.containsExactly("id_number", "full_name", "address", "household_size");
		assertThat(request.get("providerName").asString()).isEqualTo("公安局");
		assertThat(request.get("overdue").asBoolean()).isFalse();

		// 2. Until it is answered, the system cannot read.
		assertThat(assistanceSystem.get("/api/exchange/" + code + "/records?key=" + applicant.idNumber()).status())
			.isEqualTo(403);

		// 3. The request waits in the public security steward's in-tray, with its deadline.
		JsonNode inTray = publicSecurity.get("/api/catalog/requests?role=provider&state=REQUESTED&size=100").json();
		assertThat(inTray.get("content").findValuesAsString("id")).contains(requestId);
		assertThat(civilAffairs.get("/api/catalog/requests?role=provider").json().get("content").findValuesAsString("id"))
			.doesNotContain(requestId);

		// 4. The provider approves, allowing the names unmasked.
		Response approved = publicSecurity.post("/api/catalog/requests/" + requestId + "/approve",
				"{\"unmaskedItems\":[\"full_name\"],\"note\":\"同意，仅限低保核对\"}");
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().get("answeredOnTime").asBoolean()).isTrue();
		String grantId = approved.json().get("grantId").asString();
		JsonNode grant = civilAffairs.get("/api/catalog/grants/" + grantId).json();
		assertThat(grant.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(grant.get("unmaskedItems").values()).extracting(JsonNode::asString).containsExactly("full_name");
		assertThat(publicSecurity.post("/api/catalog/requests/" + requestId + "/approve", "{}").status()).isEqualTo(409);

		// 5. The assistance system reads the applicant by ID number: granted items only, address masked.
		Response read = assistanceSystem.get("/api/exchange/" + code + "/records?key=" + applicant.idNumber());
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		JsonNode row = read.json().get("content").get(0);
		assertThat(read.json().get("items").values()).extracting(JsonNode::asString)
			.containsExactly("id_number", "full_name", "address", "household_size");
		assertThat(row.get("full_name").asString()).isEqualTo(applicant.fullName());
		assertThat(row.get("id_number").asString()).isEqualTo(applicant.idNumber().substring(0, 6) + "********"
				+ applicant.idNumber().substring(14));
		assertThat(row.get("address").asString()).isEqualTo("陕西省咸阳市秦都区人民路******");
		assertThat(row.get("household_size").asLong()).isEqualTo(applicant.householdSize());
		assertThat(row.has("phone")).isFalse();
		assertThat(read.json().get("masked").values()).extracting(JsonNode::asString).containsExactly("address", "id_number");
		assertThat(audited("catalog.exchange.read", code, "SUCCESS")).isEqualTo(1);

		// 6. The provider revokes; the very next read is refused, and the refusal is audited.
		Response revoked = publicSecurity.post("/api/catalog/grants/" + grantId + "/revoke",
				"{\"reason\":\"核对任务已结束\"}");
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
		assertThat(revoked.json().get("state").asString()).isEqualTo("REVOKED");
		Response afterRevoke = assistanceSystem.get("/api/exchange/" + code + "/records?key=" + applicant.idNumber());
		assertThat(afterRevoke.status()).isEqualTo(403);
		assertThat(afterRevoke.isProblem()).isTrue();
		assertThat(audited("catalog.exchange.read", code, "DENIED")).isEqualTo(2);
		assertThat(publicSecurity.post("/api/catalog/grants/" + grantId + "/revoke", "{\"reason\":\"再次撤销\"}").status())
			.isEqualTo(409);

		// Every step left its audit entry.
		assertThat(jdbc.sql("select action from audit_entry where target in (:ids) order by id")
			.param("ids", List.of(requestId, grantId)).query(String.class).list())
			.containsExactly("catalog.request.submitted", "catalog.request.approved", "catalog.grant.issued",
					"catalog.grant.revoked");
	}

	private long audited(String action, String code, String outcome) {
		return jdbc.sql("select count(*) from audit_entry where action = :action and target = :code and outcome = :outcome")
			.params(Map.of("action", action, "code", code, "outcome", outcome)).query(Long.class).single();
	}
}
