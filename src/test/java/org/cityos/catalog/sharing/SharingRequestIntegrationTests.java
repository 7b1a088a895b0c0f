package org.cityos.catalog.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.catalog.CatalogActors;
import org.cityos.catalog.CatalogTestData;
import org.cityos.catalog.CatalogTestData.Spec;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.SharingType;
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

/** Requests and answers through the API: the rules of each sharing type, deadlines, bad input, who may act. */
@CityOsIntegrationTest
class SharingRequestIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	private CatalogActors actors;

	private CatalogTestData data;

	@BeforeEach
	void setUp() {
		DemoCityLoaded.await(progress);
		actors = new CatalogActors(port);
		data = new CatalogTestData(jdbc);
	}

	@Test
	void unconditionalRequestIsGrantedAtOnceAndAudited() {
		Spec spec = Spec.population("GAJ").sharing(SharingType.UNCONDITIONAL, null).named("户籍人口统计");
		data.register(spec);

		Response asked = actors.steward("RSJ").post("/api/catalog/requests", body(spec, "RSJ", "[\"district_code\"]"));

		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		JsonNode request = asked.json();
		assertThat(request.get("state").asString()).isEqualTo("APPROVED");
		assertThat(request.get("answeredBy").asString()).isEqualTo("cityos");
		assertThat(request.get("grantId").isNull()).isFalse();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'catalog.grant.issued' and target = :id and detail like '%consumer=RSJ%'")
			.param("id", request.get("grantId").asString()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'catalog.request.approved' and target = :id and detail like '%automatic%'")
			.param("id", request.get("id").asString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void notSharedResourceIsRefusedWithItsLegalBasis() {
		Spec spec = Spec.population("GAJ").sharing(SharingType.NOT_SHARED, "《中华人民共和国反恐怖主义法》第四十八条")
			.open(OpenType.NOT_OPEN).named("重点人员信息");
		data.register(spec);

		Response refused = actors.steward("MZJ").post("/api/catalog/requests", body(spec, "MZJ", "[\"full_name\"]"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("不予共享").contains("反恐怖主义法》第四十八条");
		assertThat(waiting(spec)).isZero();
	}

	@Test
	void rejectionNeedsAReasonWhichTheConsumerSees() {
		Spec spec = Spec.population("GAJ");
		data.register(spec);
		ApiClient consumer = actors.steward("WJW");
		String id = consumer.post("/api/catalog/requests", body(spec, "WJW", "[\"birth_date\"]")).json().get("id").asString();
		ApiClient provider = ApiClient.loggedIn(port, "steward");

		Response withoutReason = provider.post("/api/catalog/requests/" + id + "/reject", "{\"reason\":\"  \"}");
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(provider.post("/api/catalog/requests/" + id + "/reject", "{}").status()).isEqualTo(400);

		Response rejected = provider.post("/api/catalog/requests/" + id + "/reject", "{\"reason\":\"出生日期不属于本次申请用途所需\"}");
		assertThat(rejected.status()).isEqualTo(200);
		JsonNode seen = consumer.get("/api/catalog/requests/" + id).json();
		assertThat(seen.get("state").asString()).isEqualTo("REJECTED");
		assertThat(seen.get("answerReason").asString()).isEqualTo("出生日期不属于本次申请用途所需");
		assertThat(seen.get("grantId").isNull()).isTrue();
		assertThat(provider.post("/api/catalog/requests/" + id + "/approve", "{}").status()).isEqualTo(409);
		assertThat(provider.post("/api/catalog/requests/" + id + "/reject", "{\"reason\":\"再拒一次\"}").status()).isEqualTo(409);
	}

	@Test
	void replyDeadlineIsFiveWorkingDaysAfterTheRequest() {
		Spec spec = Spec.population("GAJ");
		data.register(spec);
		Instant before = Instant.now();

		JsonNode request = actors.steward("JYJ").post("/api/catalog/requests", body(spec, "JYJ", "[\"full_name\"]")).json();

		Instant requestedAt = Instant.parse(request.get("requestedAt").asString());
		ZonedDateTime due = calendar.addWorkingDays(requestedAt, 5);
		assertThat(requestedAt).isAfterOrEqualTo(before.minusSeconds(1));
		assertThat(Instant.parse(request.get("replyDueAt").asString())).isEqualTo(due.toInstant());
	}

	@Test
	void overdueRequestIsFlaggedInTheProvidersList() {
		Spec spec = Spec.population("GAJ");
		data.register(spec);
		String id = actors.steward("SWJ").post("/api/catalog/requests", body(spec, "SWJ", "[\"address\"]")).json()
			.get("id").asString();
		jdbc.sql("update catalog_sharing_request set requested_at = requested_at - interval '20 days', reply_due_at = reply_due_at - interval '20 days' where id = :id::uuid")
			.param("id", id).update();
		ApiClient provider = ApiClient.loggedIn(port, "steward");

		JsonNode overdue = provider.get("/api/catalog/requests?role=provider&overdue=true&size=100").json();

		assertThat(overdue.get("content").findValuesAsString("id")).contains(id);
		assertThat(overdue.get("content").values()).allMatch(r -> r.get("overdue").asBoolean());
		assertThat(provider.get("/api/catalog/requests/" + id).json().get("overdue").asBoolean()).isTrue();
		Response late = provider.post("/api/catalog/requests/" + id + "/approve", "{}");
		assertThat(late.json().get("answeredOnTime").asBoolean()).isFalse();
		assertThat(late.json().get("overdue").asBoolean()).isFalse();
	}

	@Test
	void badRequestsAreRefusedAndNothingIsWritten() {
		Spec conditional = Spec.population("GAJ");
		data.register(conditional);
		Spec unconditional = Spec.population("GAJ").sharing(SharingType.UNCONDITIONAL, null);
		data.register(unconditional);
		ApiClient steward = actors.steward("ZJJ");
		long before = jdbc.sql("select count(*) from catalog_sharing_request").query(Long.class).single();
		String code = conditional.code().value();

		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"ZJJ","purpose":"核对","items":["full_name"]}
				""".formatted(code)), "purpose");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":["salary"]}
				""".formatted(code)), "items");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":[]}
				""".formatted(code)), "items");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":["full_name"],
				 "unmaskedItems":["phone"]}""".formatted(code)), "unmaskedItems");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":["gender"],
				 "unmaskedItems":["gender"]}""".formatted(code)), "unmaskedItems");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":["full_name"],
				 "unmaskedItems":["full_name"]}""".formatted(unconditional.code().value())), "unmaskedItems");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":["full_name"],
				 "validUntil":"2099-01-01T00:00:00Z"}""".formatted(code)), "validUntil");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":["full_name"],
				 "validUntil":"2020-01-01T00:00:00Z"}""".formatted(code)), "validUntil");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"101001-99999","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":["full_name"]}
				"""), "code");
		assertProblem(steward.post("/api/catalog/requests", """
				{"resourceCode":"999999-999999","consumerDepartmentCode":"ZJJ","purpose":"住房保障资格审核需要核对","items":["full_name"]}
				"""), "resourceCode");
		assertProblem(ApiClient.loggedIn(port, "steward").post("/api/catalog/requests", body(conditional, "GAJ", "[\"full_name\"]")),
				"consumerDepartmentCode");
		assertProblem(actors.admin().post("/api/catalog/requests", body(conditional, "NOPE", "[\"full_name\"]")),
				"consumerDepartmentCode");
		assertThat(steward.post("/api/catalog/requests", "{\"resourceCode\":").status()).isEqualTo(400);

		assertThat(jdbc.sql("select count(*) from catalog_sharing_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aSecondWaitingRequestForTheSameResourceIsAConflict() {
		Spec spec = Spec.population("GAJ");
		data.register(spec);
		ApiClient steward = actors.steward("FGW");
		assertThat(steward.post("/api/catalog/requests", body(spec, "FGW", "[\"full_name\"]")).status()).isEqualTo(201);

		Response again = steward.post("/api/catalog/requests", body(spec, "FGW", "[\"address\"]"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("waiting");
	}

	@Test
	void stewardsActForTheirOwnDepartmentOnly() {
		Spec spec = Spec.population("GAJ");
		data.register(spec);
		ApiClient civilAffairs = actors.steward("MZJ");
		ApiClient transport = actors.steward("JTYSJ");

		assertThat(civilAffairs.post("/api/catalog/requests", body(spec, "RSJ", "[\"full_name\"]")).status()).isEqualTo(403);
		String id = civilAffairs.post("/api/catalog/requests", body(spec, "MZJ", "[\"full_name\"]")).json().get("id").asString();
		// the consumer cannot approve its own request, nor can a third department see or answer it
		assertThat(civilAffairs.post("/api/catalog/requests/" + id + "/approve", "{}").status()).isEqualTo(403);
		assertThat(transport.get("/api/catalog/requests/" + id).status()).isEqualTo(403);
		assertThat(transport.post("/api/catalog/requests/" + id + "/reject", "{\"reason\":\"越权\"}").status()).isEqualTo(403);
		assertThat(transport.get("/api/catalog/requests?department=GAJ").status()).isEqualTo(403);
		assertThat(transport.get("/api/catalog/requests?role=provider").json().get("content").findValuesAsString("id"))
			.doesNotContain(id);
		assertThat(ApiClient.loggedIn(port, "leader").get("/api/catalog/requests/" + id).status()).isEqualTo(403);
		assertThat(actors.admin().get("/api/catalog/requests/" + id).status()).isEqualTo(200);
	}

	@Test
	void providerChoosesWhichUnmaskedItemsToAllowAndMayShortenTheValidity() {
		Spec spec = Spec.population("GAJ");
		data.register(spec);
		String id = actors.steward("YBJ").post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"YBJ","purpose":"医保参保人员身份核验与待遇资格确认",
				 "items":["full_name","phone"],"unmaskedItems":["full_name","phone"]}
				""".formatted(spec.code().value())).json().get("id").asString();
		ApiClient provider = ApiClient.loggedIn(port, "steward");

		assertProblem(provider.post("/api/catalog/requests/" + id + "/approve", "{\"unmaskedItems\":[\"address\"]}"),
				"unmaskedItems");
		assertProblem(provider.post("/api/catalog/requests/" + id + "/approve", "{\"validUntil\":\"2099-01-01T00:00:00Z\"}"),
				"validUntil");
		Instant shorter = Instant.now().plusSeconds(30L * 24 * 3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Response approved = provider.post("/api/catalog/requests/" + id + "/approve",
				"{\"unmaskedItems\":[\"phone\"],\"validUntil\":\"" + shorter + "\"}");

		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		JsonNode grant = provider.get("/api/catalog/grants/" + approved.json().get("grantId").asString()).json();
		assertThat(grant.get("unmaskedItems").values()).extracting(JsonNode::asString).containsExactly("phone");
		assertThat(Instant.parse(grant.get("validUntil").asString())).isEqualTo(shorter);
	}

	@Test
	void adminActsForAnyDepartmentAndExpiredGrantsCannotBeRevoked() {
		Spec spec = Spec.population("GAJ");
		data.register(spec);
		ApiClient admin = actors.admin();
		String id = admin.post("/api/catalog/requests", body(spec, "TJJ", "[\"district_code\"]")).json().get("id").asString();
		String grantId = admin.post("/api/catalog/requests/" + id + "/approve", "{}").json().get("grantId").asString();
		jdbc.sql("update catalog_grant set valid_until = now() - interval '1 day' where id = :id::uuid").param("id", grantId).update();

		JsonNode grant = admin.get("/api/catalog/grants/" + grantId).json();
		assertThat(grant.get("state").asString()).isEqualTo("EXPIRED");
		assertThat(admin.get("/api/catalog/grants?department=TJJ&state=EXPIRED").json().get("content").findValuesAsString("id"))
			.contains(grantId);
		assertThat(admin.post("/api/catalog/grants/" + grantId + "/revoke", "{\"reason\":\"到期清理\"}").status()).isEqualTo(409);
	}

	private long waiting(Spec spec) {
		return jdbc.sql("select count(*) from catalog_sharing_request where resource_code = :code")
			.param("code", spec.code().value()).query(Long.class).single();
	}

	private static String body(Spec spec, String consumer, String items) {
		return """
				{"resourceCode":"%s","consumerDepartmentCode":"%s","purpose":"业务协同办理需要核对相关信息","items":%s}
				""".formatted(spec.code().value(), consumer, items);
	}

	private static void assertProblem(Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).as(response.toString()).contains(field);
	}
}
