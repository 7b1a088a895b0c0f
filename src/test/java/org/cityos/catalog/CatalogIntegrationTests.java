package org.cityos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityos.catalog.CatalogFixtures.POPULATION_HEADER;
import static org.cityos.catalog.CatalogFixtures.idNumber;
import static org.cityos.catalog.CatalogFixtures.populationResource;
import static org.cityos.catalog.CatalogFixtures.populationRow;
import static org.cityos.catalog.CatalogFixtures.postBytes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cityos.catalog.collection.BatchFormat;
import org.cityos.catalog.collection.DataCollection;
import org.cityos.catalog.collection.DataCollection.BatchRequest;
import org.cityos.catalog.collection.Timeliness;
import org.cityos.platform.ProgressBoard;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

/**
 * The catalog and collection end to end: over HTTP with real logins and API tokens, on the
 * embedded PostgreSQL, reading what deliveries left in the data tables.
 */
@CityOsIntegrationTest
@RecordApplicationEvents
class CatalogIntegrationTests {

	private static final String CSV = "text/csv";

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Timeliness timeliness;

	@Autowired
	DataCollection collection;

	@Autowired
	ApplicationEvents events;

	private ApiClient admin;

	private ApiClient steward;

	private String token;

	@BeforeEach
	void logIn() {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
		steward = ApiClient.loggedIn(port, "steward");
		token = CatalogFixtures.token(admin, "GAJ");
	}

	@Test
	void registersAResourceAndFindsItInChineseAndEnglish() {
		Response registered = steward.post("/api/catalog/resources", populationResource("人口基本信息", "REJECT_BATCH"));

		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		JsonNode resource = registered.json();
		String code = resource.get("code").asString();
		assertThat(code).startsWith("101001-");
		assertThat(resource.get("version").asInt()).isEqualTo(1);
		assertThat(resource.get("providerName").asString()).isEqualTo("公安局");
		assertThat(resource.get("subjectLabel").asString()).isEqualTo("人口");
		assertThat(resource.get("sharingTypeLabel").asString()).isEqualTo("有条件共享");
		assertThat(resource.get("items").get(0).get("identifier").asString()).isEqualTo("CITIZEN_ID");
		assertThat(admin.get("/api/catalog/resources/" + code).json().get("name").asString()).isEqualTo("人口基本信息");

		assertThat(codes(admin.get("/api/catalog/resources?q=人口&size=500"))).contains(code);
		assertThat(codes(admin.get("/api/catalog/resources?q=ID_NUMBER%20身份证号&size=500"))).contains(code);
		assertThat(codes(admin.get("/api/catalog/resources?q=population&department=GAJ&subject=POPULATION&sharingType=CONDITIONAL&cycle=DAILY&size=500")))
			.contains(code);
		assertThat(codes(admin.get("/api/catalog/resources?q=人口&department=CGJ"))).doesNotContain(code);
		assertThat(codes(admin.get("/api/catalog/resources?q=人口&cycle=MONTHLY&size=500"))).doesNotContain(code);
		assertThat(admin.get("/api/catalog/resources?subject=PEOPLE").status()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'catalog.resource.registered' and target = :c")
			.param("c", code).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void catalogRulesAreEnforcedAndNothingIsWritten() {
		long before = jdbc.sql("select count(*) from catalog_resource").query(Long.class).single();
		String valid = populationResource("规则测试", "REJECT_BATCH");

		Response noCondition = admin.post("/api/catalog/resources", valid.replace("\"sharingCondition\":\"仅用于政务服务身份核验\",", ""));
		Response notSharedButOpen = admin.post("/api/catalog/resources", valid.replace("\"CONDITIONAL\"", "\"NOT_SHARED\"")
			.replace("\"NOT_OPEN\"", "\"CONDITIONAL\""));
		Response noKey = admin.post("/api/catalog/resources", valid.replace("\"key\":true,", ""));
		Response badItemName = admin.post("/api/catalog/resources", valid.replace("\"household_size\"", "\"Household Size\""));
		Response unknownProvider = admin.post("/api/catalog/resources", valid.replace("\"GAJ\"", "\"NOPE\""));
		Response badCode = admin.post("/api/catalog/resources", valid.replace("\"classification\":\"101001\"", "\"code\":\"1-2\""));
		Response unknownRelated = admin.post("/api/catalog/resources",
				valid.replace("\"invalidRowPolicy\"", "\"relatedResources\":[\"999999-000001\"],\"invalidRowPolicy\""));

		assertThat(noCondition.status()).isEqualTo(400);
		assertThat(noCondition.json().get("errors").get(0).get("field").asString()).isEqualTo("sharingCondition");
		assertThat(notSharedButOpen.json().get("errors").get(0).get("field").asString()).isEqualTo("openType");
		assertThat(noKey.status()).isEqualTo(400);
		assertThat(badItemName.status()).isEqualTo(400);
		assertThat(unknownProvider.json().get("errors").get(0).get("field").asString()).isEqualTo("providerCode");
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(unknownRelated.json().get("errors").get(0).get("field").asString()).isEqualTo("relatedResources");
		assertThat(jdbc.sql("select count(*) from catalog_resource").query(Long.class).single()).isEqualTo(before);

		String code = register("重复代码", "REJECT_BATCH");
		Response duplicate = admin.post("/api/catalog/resources",
				valid.replace("\"classification\":\"101001\"", "\"code\":\"" + code + "\""));
		assertThat(duplicate.status()).isEqualTo(409);
	}

	@Test
	void stewardsRegisterAndChangeOnlyTheirDepartmentsResources() {
		Response foreign = steward.post("/api/catalog/resources",
				populationResource("城管数据", "REJECT_BATCH").replace("\"GAJ\"", "\"CGJ\""));
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.isProblem()).isTrue();

		String cgj = admin.post("/api/catalog/resources", populationResource("城管人口", "REJECT_BATCH").replace("\"GAJ\"", "\"CGJ\""))
			.json().get("code").asString();
		Response change = steward.put("/api/catalog/resources/" + cgj,
				populationResource("城管人口改名", "REJECT_BATCH").replace("\"GAJ\"", "\"CGJ\""));
		assertThat(change.status()).isEqualTo(403);
		String own = register("本部门资源", "REJECT_BATCH");
		Response giveAway = steward.put("/api/catalog/resources/" + own,
				populationResource("本部门资源", "REJECT_BATCH").replace("\"GAJ\"", "\"CGJ\""));
		assertThat(giveAway.status()).isEqualTo(403);
		assertThat(ApiClient.loggedIn(port, "leader").post("/api/catalog/resources", populationResource("x", "REJECT_BATCH"))
			.status()).isEqualTo(403);
	}

	@Test
	void fullDeliveryStoresTypedNormalisedRowsWithLineage() {
		String code = register("全量测试", "REJECT_BATCH");
		String csv = POPULATION_HEADER + "\n" + idNumber("19491231", 2).replace('X', 'x')
				+ ",张三,1949/12/31,+86 138-0013-8000,3,5200.50,2026-01-05 09:30,是\n110105491231003,李四,,,,,,\n";

		Response delivered = ApiClient.withToken(port, token).send("POST", deliveries(code, "b1", "full"), csv, CSV);

		assertThat(delivered.status()).as(delivered.toString()).isEqualTo(201);
		JsonNode report = delivered.json();
		assertThat(report.get("state").asString()).isEqualTo("ACCEPTED");
		assertThat(report.get("received").asLong()).isEqualTo(2);
		assertThat(report.get("accepted").asLong()).isEqualTo(2);
		assertThat(report.get("charset").asString()).isEqualTo("UTF-8");
		assertThat(report.get("deliveredBy").asString()).startsWith("system:GAJ");
		assertThat(report.get("problemCount").asLong()).isZero();
		Map<String, Object> row = jdbc.sql("select * from " + table(code, 1) + " where name = '张三'").query().singleRow();
		assertThat(row).containsEntry("id_number", "11010519491231002X").containsEntry("phone", "13800138000")
			.containsEntry("household_size", 3L).containsEntry("active", true).containsEntry("_row", 2L)
			.containsEntry("_delivery_id", UUID.fromString(report.get("id").asString()));
		assertThat(row.get("birth_date").toString()).isEqualTo("1949-12-31");
		assertThat(row.get("income").toString()).isEqualTo("5200.50");
		assertThat(jdbc.sql("select registered_at = timestamptz '2026-01-05 01:30:00Z' from " + table(code, 1)
				+ " where name = '张三'").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select id_number from " + table(code, 1) + " where name = '李四'").query(String.class).single())
			.isEqualTo(idNumber("19491231", 3));

		Response replaced = ApiClient.withToken(port, token).send("POST", deliveries(code, "b2", "full"),
				POPULATION_HEADER + "\n" + populationRow(7, "王五") + "\n", CSV);
		assertThat(replaced.json().get("state").asString()).isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("select name from " + table(code, 1)).query(String.class).list()).containsExactly("王五");
		assertThat(steward.get("/api/catalog/resources/" + code + "/deliveries").json().get("content")
			.findValuesAsString("batchId")).containsExactly("b2", "b1");
	}

	@Test
	void resendingABatchIdAnswersTheFirstReportAndChangesNothing() {
		String code = register("幂等测试", "REJECT_BATCH");
		ApiClient system = ApiClient.withToken(port, token);
		Response first = system.send("POST", deliveries(code, "same", "full"), POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n", CSV);
		String after = jdbc.sql("select _delivery_id::text from " + table(code, 1)).query(String.class).single();

		Response again = system.send("POST", deliveries(code, "same", "full"),
				POPULATION_HEADER + "\n" + populationRow(2, "乙") + "\n" + populationRow(3, "丙") + "\n", CSV);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(again.json().get("received").asLong()).isEqualTo(1);
		assertThat(jdbc.sql("select name from " + table(code, 1)).query(String.class).list()).containsExactly("甲");
		assertThat(jdbc.sql("select _delivery_id::text from " + table(code, 1)).query(String.class).single()).isEqualTo(after);
		assertThat(jdbc.sql("select count(*) from catalog_delivery where resource_code = :c").param("c", code)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRejectBatchDeliveryWithOneBadRowLeavesTheEarlierDataIntact() {
		String code = register("整批拒收", "REJECT_BATCH");
		ApiClient system = ApiClient.withToken(port, token);
		system.send("POST", deliveries(code, "good", "full"), POPULATION_HEADER + "\n" + populationRow(1, "原有") + "\n", CSV);

		String bad = POPULATION_HEADER + "\n" + populationRow(2, "新甲") + "\n" + populationRow(3, "新乙").replace("1980-01-01", "1980-02-30")
				+ "\n" + populationRow(4, "新丙") + "\n";
		Response rejected = system.send("POST", deliveries(code, "bad", "full"), bad, CSV);

		assertThat(rejected.status()).isEqualTo(201);
		assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("accepted").asLong()).isZero();
		assertThat(rejected.json().get("rejected").asLong()).isEqualTo(1);
		assertThat(rejected.json().get("message").asString()).contains("REJECT_BATCH");
		JsonNode problem = rejected.json().get("problems").get(0);
		assertThat(problem.get("row").asLong()).isEqualTo(3);
		assertThat(problem.get("item").asString()).isEqualTo("birth_date");
		assertThat(problem.get("code").asString()).isEqualTo("NO_SUCH_DATE");
		assertThat(problem.get("value").asString()).isEqualTo("1980-02-30");
		assertThat(jdbc.sql("select name from " + table(code, 1)).query(String.class).list()).containsExactly("原有");
		assertThat(jdbc.sql("select count(*) from pg_tables where tablename like :t").param("t", table(code, 1) + "_load")
			.query(Long.class).single()).isZero();
	}

	@Test
	void acceptValidRowsStoresTheValidRowsAndReportsTheOthers() {
		String code = register("部分接收", "ACCEPT_VALID_ROWS");
		String csv = POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n"
				+ populationRow(2, "乙").replace(idNumber("19800101", 2), "110105198001010021") + "\n"
				+ populationRow(3, "丙") + ",多余\n" + populationRow(4, "丁").replace(",3,", ",three,").replace(",是", ",也许") + "\n"
				+ populationRow(5, "戊") + "\n";

		Response delivered = steward.send("POST", deliveries(code, "partial", "full"), csv, CSV);

		assertThat(delivered.status()).as(delivered.toString()).isEqualTo(201);
		assertThat(delivered.json().get("state").asString()).isEqualTo("PARTIALLY_ACCEPTED");
		assertThat(delivered.json().get("accepted").asLong()).isEqualTo(2);
		assertThat(delivered.json().get("rejected").asLong()).isEqualTo(3);
		assertThat(jdbc.sql("select name from " + table(code, 1) + " order by name").query(String.class).list())
			.containsExactlyInAnyOrder("甲", "戊");
		String id = delivered.json().get("id").asString();
		JsonNode problems = steward.get("/api/catalog/deliveries/" + id + "/rejections?size=10").json();
		assertThat(problems.get("totalElements").asLong()).isEqualTo(4);
		assertThat(problems.get("content").findValuesAsString("code")).containsExactly("WRONG_CHECK_CHARACTER", "COLUMN_COUNT",
				"NOT_BOOLEAN", "NOT_INTEGER");
		Response csvReport = steward.get("/api/catalog/deliveries/" + id + "/rejections.csv");
		assertThat(csvReport.status()).isEqualTo(200);
		assertThat(csvReport.contentType()).startsWith("text/csv");
		assertThat(csvReport.body()).startsWith("\uFEFFrow,item,label,code,reason,value\r\n")
			.contains("3,id_number,身份证号,WRONG_CHECK_CHARACTER,").contains("5,household_size,户内人数,NOT_INTEGER,");
		// The providing department sees its own input as sent; the big data bureau sees personal values masked.
		assertThat(problems.get("content").get(0).get("value").asString()).isEqualTo("110105198001010021");
		JsonNode asAdmin = ApiClient.loggedIn(port, "admin").get("/api/catalog/deliveries/" + id + "/rejections?size=10").json();
		assertThat(asAdmin.get("content").get(0).get("value").asString()).isEqualTo("110105********0021");
		assertThat(ApiClient.loggedIn(port, "admin").get("/api/catalog/deliveries/" + id + "/rejections.csv").body())
			.doesNotContain("110105198001010021");
	}

	@Test
	void rowsSharingAKeyInABatchAreRejected() {
		String code = register("主键重复", "ACCEPT_VALID_ROWS");
		String csv = POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n" + populationRow(2, "乙") + "\n"
				+ populationRow(1, "甲二") + "\n";

		JsonNode report = ApiClient.withToken(port, token).send("POST", deliveries(code, "dup", "full"), csv, CSV).json();

		assertThat(report.get("state").asString()).isEqualTo("PARTIALLY_ACCEPTED");
		assertThat(report.get("rejected").asLong()).isEqualTo(2);
		assertThat(report.get("problems").findValuesAsString("code")).containsOnly("DUPLICATE_KEY");
		assertThat(report.get("problems").findValues("row").stream().map(JsonNode::asLong).toList()).containsExactly(2L, 4L);
		assertThat(jdbc.sql("select name from " + table(code, 1)).query(String.class).list()).containsExactly("乙");
	}

	@Test
	void incrementalDeliveriesUpsertByKeyAndDelete() {
		String code = register("增量测试", "REJECT_BATCH");
		ApiClient system = ApiClient.withToken(port, token);
		system.send("POST", deliveries(code, "base", "full"), POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n"
				+ populationRow(2, "乙") + "\n" + populationRow(3, "丙") + "\n", CSV);

		Response csv = system.send("POST", deliveries(code, "inc1", "incremental"), "_op," + POPULATION_HEADER + "\n,"
				+ populationRow(1, "甲改") + "\ndelete," + idNumber("19800101", 2) + ",,,,,,,\nupsert," + populationRow(4, "丁") + "\n",
				CSV);
		Response jsonLines = system.send("POST", deliveries(code, "inc2", "incremental"),
				"{\"_op\":\"delete\",\"id_number\":\"" + idNumber("19800101", 3) + "\"}\n{\"id_number\":\"" + idNumber("19800101", 5)
						+ "\",\"name\":\"戊\",\"household_size\":2,\"active\":false}\n",
				"application/x-ndjson");

		assertThat(csv.json().get("state").asString()).as(csv.toString()).isEqualTo("ACCEPTED");
		assertThat(csv.json().get("deleted").asLong()).isEqualTo(1);
		assertThat(jsonLines.json().get("state").asString()).as(jsonLines.toString()).isEqualTo("ACCEPTED");
		assertThat(jsonLines.json().get("format").asString()).isEqualTo("JSON_LINES");
		assertThat(jdbc.sql("select name from " + table(code, 1) + " order by id_number").query(String.class).list())
			.containsExactly("甲改", "丁", "戊");
		assertThat(jdbc.sql("select active from " + table(code, 1) + " where name = '戊'").query(Boolean.class).single()).isFalse();
	}

	@Test
	void gbkCsvFromExcelIsDetected() {
		String code = register("GBK测试", "REJECT_BATCH");
		byte[] gbk = ("身份证号,姓名,出生日期,联系电话,户内人数,月收入,登记时间,有效\r\n" + populationRow(1, "欧阳娜娜") + "\r\n")
			.getBytes(Charset.forName("GBK"));

		Response delivered = postBytes(port, token, deliveries(code, "gbk", "full"), gbk, CSV);
		Response declaredWrongly = postBytes(port, token, deliveries(code, "gbk-as-utf8", "full"), gbk, "text/csv; charset=UTF-8");

		assertThat(delivered.json().get("state").asString()).as(delivered.toString()).isEqualTo("ACCEPTED");
		assertThat(delivered.json().get("charset").asString()).isEqualTo("GBK");
		assertThat(jdbc.sql("select name from " + table(code, 1)).query(String.class).single()).isEqualTo("欧阳娜娜");
		assertThat(declaredWrongly.status()).isEqualTo(400);
		assertThat(declaredWrongly.json().get("detail").asString()).contains("not valid UTF-8", "charset=GBK");
		assertThat(declaredWrongly.json().get("deliveryId").asString()).isNotBlank();
	}

	@Test
	void changingItemsCreatesANewVersionWithItsOwnTableAndOldDeliveriesStayReadable() {
		String code = register("版本测试", "REJECT_BATCH");
		ApiClient system = ApiClient.withToken(port, token);
		String v1Delivery = system.send("POST", deliveries(code, "v1", "full"), POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n", CSV)
			.json().get("id").asString();

		Response sameItems = steward.put("/api/catalog/resources/" + code,
				populationResource("版本测试（改名）", "REJECT_BATCH").replace("\"DAILY\"", "\"WEEKLY\""));
		assertThat(sameItems.json().get("version").asInt()).isEqualTo(1);
		Response newItems = steward.put("/api/catalog/resources/" + code, populationResource("版本测试（改名）", "REJECT_BATCH")
			.replace("{\"name\":\"active\",\"label\":\"有效\",\"type\":\"BOOLEAN\"}",
					"{\"name\":\"active\",\"label\":\"有效\",\"type\":\"BOOLEAN\"},{\"name\":\"grid\",\"label\":\"网格\",\"type\":\"STRING\"}"));

		assertThat(newItems.status()).as(newItems.toString()).isEqualTo(200);
		assertThat(newItems.json().get("version").asInt()).isEqualTo(2);
		JsonNode versions = admin.get("/api/catalog/resources/" + code + "/versions").json();
		assertThat(versions.findValues("version").stream().map(JsonNode::asInt).toList()).containsExactly(1, 2);
		assertThat(versions.get(1).get("current").asBoolean()).isTrue();
		assertThat(jdbc.sql("select name from " + table(code, 1)).query(String.class).list()).containsExactly("甲");
		assertThat(jdbc.sql("select count(*) from " + table(code, 2)).query(Long.class).single()).isZero();
		assertThat(system.get("/api/catalog/deliveries/" + v1Delivery).json().get("version").asInt()).isEqualTo(1);

		Response oldShape = system.send("POST", deliveries(code, "v2-old-header", "full"),
				POPULATION_HEADER + "\n" + populationRow(2, "乙") + "\n", CSV);
		assertThat(oldShape.status()).isEqualTo(400);
		assertThat(oldShape.json().get("errors").findValuesAsString("field")).containsExactly("grid");
		Response stale = system.send("POST", deliveries(code, "v2-stale", "full") + "&version=1",
				POPULATION_HEADER + ",grid\n" + populationRow(2, "乙") + ",G1\n", CSV);
		assertThat(stale.status()).isEqualTo(409);
		Response v2 = system.send("POST", deliveries(code, "v2", "full") + "&version=2",
				POPULATION_HEADER + ",grid\n" + populationRow(2, "乙") + ",G1\n", CSV);
		assertThat(v2.json().get("version").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("select grid from " + table(code, 2)).query(String.class).single()).isEqualTo("G1");
		assertThat(jdbc.sql("select name from " + table(code, 1)).query(String.class).list()).containsExactly("甲");
	}

	@Test
	void batchesRefusedWholeAreProblemsAndRecorded() {
		String code = register("坏批次", "REJECT_BATCH");
		ApiClient system = ApiClient.withToken(port, token);

		Response unknownColumn = system.send("POST", deliveries(code, "h1", "full"), POPULATION_HEADER.replace("income", "salary") + ",extra\n1\n", CSV);
		Response empty = system.send("POST", deliveries(code, "h2", "full"), "", CSV);
		Response headerOnly = system.send("POST", deliveries(code, "h3", "full"), POPULATION_HEADER + "\n", CSV);
		Response json = system.send("POST", deliveries(code, "h4", "full"), "{}", "application/json");
		Response noBatchId = system.send("POST", "/api/catalog/resources/" + code + "/deliveries", POPULATION_HEADER + "\n", CSV);
		Response badMode = system.send("POST", deliveries(code, "h5", "sometimes"), POPULATION_HEADER + "\n", CSV);
		Response unknownResource = system.send("POST", deliveries("101001-999999", "h6", "full"), POPULATION_HEADER + "\n", CSV);
		Response notJsonLines = system.send("POST", deliveries(code, "h7", "full"), "not json\n", "application/x-ndjson");

		assertThat(unknownColumn.status()).isEqualTo(400);
		assertThat(unknownColumn.json().get("errors").findValuesAsString("field")).containsExactly("salary", "extra", "income");
		assertThat(unknownColumn.json().get("deliveryId").asString()).isNotBlank();
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("detail").asString()).contains("empty");
		assertThat(headerOnly.status()).isEqualTo(400);
		assertThat(headerOnly.json().get("detail").asString()).contains("no rows");
		assertThat(json.status()).isEqualTo(415);
		assertThat(noBatchId.json().get("errors").get(0).get("field").asString()).isEqualTo("batchId");
		assertThat(badMode.json().get("errors").get(0).get("field").asString()).isEqualTo("mode");
		assertThat(unknownResource.status()).isEqualTo(404);
		assertThat(notJsonLines.json().get("state").asString()).isEqualTo("REJECTED");
		for (Response response : List.of(unknownColumn, empty, headerOnly, json, noBatchId, badMode, unknownResource)) {
			assertThat(response.isProblem()).as(response.toString()).isTrue();
		}
		assertThat(jdbc.sql("select state || ' ' || problem_status from catalog_delivery where resource_code = :c and batch_id in ('h1','h2','h3') order by batch_id")
			.param("c", code).query(String.class).list()).containsExactly("REJECTED 400", "REJECTED 400", "REJECTED 400");
		assertThat(system.send("POST", deliveries(code, "h1", "full"), POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n", CSV)
			.status()).as("a refused batch id answers the same refusal").isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from " + table(code, 1)).query(Long.class).single()).isZero();
	}

	@Test
	void aBatchDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
		String code = register("超大批次", "REJECT_BATCH");
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + deliveries(code, "huge", "full") + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
					+ "\r\nContent-Type: text/csv\r\nContent-Length: 3000000000\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write((POPULATION_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			StringBuilder received = new StringBuilder();
			byte[] buffer = new byte[4096];
			int read;
			// The answer comes at once, without the 3 GB announced ever being sent.
			while (!received.toString().contains("max-batch-bytes") && (read = in.read(buffer)) > 0) {
				received.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
			}
			String answer = received.toString();
			assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("max-batch-bytes");
		}
	}

	@Test
	void onlyTheProvidingDepartmentDeliversAndReadsReports() {
		String code = register("权限测试", "REJECT_BATCH");
		String body = POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n";
		String delivery = ApiClient.withToken(port, token).send("POST", deliveries(code, "ok", "full"), body, CSV).json()
			.get("id").asString();
		String foreignToken = CatalogFixtures.token(admin, "MZJ");

		Response foreignSystem = ApiClient.withToken(port, foreignToken).send("POST", deliveries(code, "x1", "full"), body, CSV);
		Response foreignReport = ApiClient.withToken(port, foreignToken).get("/api/catalog/deliveries/" + delivery);
		Response foreignHistory = ApiClient.withToken(port, foreignToken).get("/api/catalog/resources/" + code + "/deliveries");
		Response leader = ApiClient.loggedIn(port, "leader").get("/api/catalog/deliveries/" + delivery);

		assertThat(foreignSystem.status()).isEqualTo(403);
		assertThat(foreignSystem.isProblem()).isTrue();
		assertThat(foreignReport.status()).isEqualTo(403);
		assertThat(foreignHistory.status()).isEqualTo(403);
		assertThat(leader.status()).isEqualTo(403);
		assertThat(admin.get("/api/catalog/deliveries/" + delivery).status()).isEqualTo(200);

		Response issued = admin.post("/api/directory/tokens", "{\"departmentCode\":\"GAJ\",\"name\":\"短期\",\"validDays\":1}");
		jdbc.sql("update directory_api_token set expires_at = now() - interval '1 minute' where id = :id::uuid")
			.param("id", issued.json().get("id").asString()).update();
		Response expired = ApiClient.withToken(port, issued.json().get("token").asString()).send("POST",
				deliveries(code, "x2", "full"), body, CSV);
		Response revokedIssue = admin.post("/api/directory/tokens", "{\"departmentCode\":\"GAJ\",\"name\":\"吊销\"}");
		admin.delete("/api/directory/tokens/" + revokedIssue.json().get("id").asString());
		Response revoked = ApiClient.withToken(port, revokedIssue.json().get("token").asString()).send("POST",
				deliveries(code, "x3", "full"), body, CSV);

		assertThat(expired.status()).isEqualTo(401);
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from catalog_delivery where resource_code = :c").param("c", code)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void overdueResourcesAreListedPerDepartmentAndAnnouncedOnce() {
		String code = register("及时性测试", "REJECT_BATCH");
		JsonNode entry = find(steward.get("/api/catalog/timeliness").json(), code);
		assertThat(entry.get("overdue").asBoolean()).isFalse();
		assertThat(entry.get("updateCycleLabel").asString()).isEqualTo("每日");
		jdbc.sql("update catalog_timeliness set expected_at = now() - interval '3 days 1 hour' where resource_code = :c")
			.param("c", code).update();

		timeliness.sweep();
		timeliness.sweep();

		assertThat(events.stream(DeliveryOverdue.class).filter(e -> e.resourceCode().value().equals(code))).singleElement()
			.satisfies(e -> assertThat(e.providerCode()).isEqualTo("GAJ"));
		JsonNode overdue = find(admin.get("/api/catalog/timeliness?department=GAJ&overdue=true").json(), code);
		assertThat(overdue.get("daysOverdue").asLong()).isEqualTo(3);
		assertThat(steward.get("/api/catalog/timeliness?department=CGJ").status()).isEqualTo(403);

		ApiClient.withToken(port, token).send("POST", deliveries(code, "late", "full"),
				POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n", CSV);
		JsonNode after = find(steward.get("/api/catalog/timeliness").json(), code);
		assertThat(after.get("overdue").asBoolean()).isFalse();
		assertThat(after.get("lastDeliveredAt").isNull()).isFalse();
	}

	@Test
	void aDeliveryPublishesBatchDeliveredWithItsCounts() {
		String code = register("事件测试", "ACCEPT_VALID_ROWS");
		CityPrincipal system = new CityPrincipal() {
			@Override
			public String username() {
				return "system:GAJ:test";
			}

			@Override
			public Set<Role> roles() {
				return Set.of(Role.SYSTEM);
			}

			@Override
			public @Nullable String departmentCode() {
				return "GAJ";
			}
		};
		String csv = POPULATION_HEADER + "\n" + populationRow(1, "甲") + "\n" + populationRow(2, "乙").replace(",3,", ",x,") + "\n";

		collection.deliver(new BatchRequest(new ResourceCode(code), "events", org.cityos.catalog.DeliveryMode.FULL,
				BatchFormat.CSV, null, null, -1, false), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), system);

		assertThat(events.stream(BatchDelivered.class).filter(e -> e.resourceCode().value().equals(code))).singleElement()
			.satisfies(e -> {
				assertThat(e.accepted()).isEqualTo(1);
				assertThat(e.rejected()).isEqualTo(1);
				assertThat(e.version()).isEqualTo(1);
				assertThat(e.providerCode()).isEqualTo("GAJ");
			});
	}

	private String register(String name, String policy) {
		Response registered = admin.post("/api/catalog/resources", populationResource(name, policy));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		return registered.json().get("code").asString();
	}

	private String table(String code, int version) {
		return jdbc.sql("select data_table from catalog_resource_version where resource_code = :c and version = :v")
			.param("c", code).param("v", version).query(String.class).single();
	}

	private static String deliveries(String code, String batchId, String mode) {
		return "/api/catalog/resources/" + code + "/deliveries?batchId=" + batchId + "&mode=" + mode;
	}

	private static List<String> codes(Response search) {
		assertThat(search.status()).as(search.toString()).isEqualTo(200);
		return search.json().get("content").findValuesAsString("code");
	}

	private static JsonNode find(JsonNode list, String code) {
		for (JsonNode node : list) {
			if (node.get("resourceCode").asString().equals(code)) {
				return node;
			}
		}
		throw new AssertionError(code + " not in " + list);
	}
}
