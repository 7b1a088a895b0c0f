package org.cityos.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

/**
 * The scorecard over the (small) demo city: the ranking, use counted from exchange reads, the
 * exports, a steward's narrowed view, weights, and bad input.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardIntegrationTests {

	private static final String DEFAULT_WEIGHTS = "{\"RESOURCES\":10,\"TIMELY_DELIVERY\":15,\"COMPLETENESS\":10,"
			+ "\"VALIDITY\":15,\"CONSISTENCY\":15,\"DISCREPANCY_HANDLING\":10,\"USE\":15,\"REQUEST_ANSWERS\":10}";

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	private ApiClient admin;

	@BeforeAll
	void demoCity() {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
	}

	@Test
	void theDemoCitysProvidingDepartmentsAreRankedWithTheirFacts() {
		JsonNode ranking = admin.post("/api/scorecard/recompute", null).json();

		List<JsonNode> lines = lines(ranking);
		assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
		assertThat(ranking.get("ranked").asInt()).isEqualTo(lines.size());
		assertThat(lines.get(0).get("rank").asInt()).isEqualTo(1);
		for (int i = 1; i < lines.size(); i++) {
			assertThat(lines.get(i).get("rank").asInt()).isGreaterThanOrEqualTo(lines.get(i - 1).get("rank").asInt());
			assertThat(lines.get(i).get("total").asDouble()).isLessThanOrEqualTo(lines.get(i - 1).get("total").asDouble());
		}
		JsonNode police = line(lines, "GAJ");
		assertThat(police.get("departmentName").asString()).isEqualTo("公安局");
		assertThat(police.at("/facts/sharing/resources").asLong()).isPositive();
		assertThat(police.at("/facts/sharing/rowsReceived").asLong()).isPositive();
		assertThat(police.at("/facts/sharing/cells").asLong()).isPositive();
		assertThat(police.at("/scores/RESOURCES").asDouble()).isPositive();
		assertThat(police.at("/scores/VALIDITY").asDouble()).isBetween(90.0, 100.0);
		assertThat(police.at("/scores/COMPLETENESS").asDouble()).isBetween(1.0, 100.0);
		assertThat(police.get("total").asDouble()).isPositive();
		assertThat(ranking.get("indicators")).hasSize(8);
	}

	@Test
	void rejectedRowsAndIdentifierFailuresLowerValidity() {
		// the demo's 低保 list was delivered 45 days ago; its update batch was refused whole for wrong ID check characters
		String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(45).toString().substring(0, 7);

		JsonNode civilAffairs = line(lines(admin.post("/api/scorecard/recompute?period=" + month, null).json()), "MZJ");

		assertThat(civilAffairs.at("/facts/sharing/rowsRejected").asLong()).isPositive();
		assertThat(civilAffairs.at("/facts/sharing/identifierFailures").asLong()).isPositive();
		assertThat(civilAffairs.at("/scores/VALIDITY").asDouble()).isLessThan(100.0);
		assertThat(civilAffairs.at("/facts/sharing/cells").asLong()).isPositive();
	}

	@Test
	void readsByAnotherDepartmentCountAsUseOfTheProvidersResources() {
		String token = admin.post("/api/directory/tokens", "{\"departmentCode\":\"JYJ\",\"name\":\"scorecard-use\"}").json()
			.get("token").asString();
		ApiClient education = ApiClient.withToken(port, token);
		long before = readsOfPoliceByOthers();

		// 教育局 holds a grant on 公安局's 人口基本信息 in the demo city
		Response read = education.get("/api/exchange/101001-000001/records?size=3");
		assertThat(read.status()).as(read.toString()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> readsOfPoliceByOthers() > before);
		JsonNode police = line(lines(admin.post("/api/scorecard/recompute", null).json()), "GAJ");
		assertThat(police.at("/facts/use/reads").asLong()).isPositive();
		assertThat(police.at("/facts/use/readingDepartments").asLong()).isPositive();
		assertThat(police.at("/scores/USE").asDouble()).isPositive();
	}

	@Test
	void theCsvExportHasAHeaderAndOneRowPerRankedDepartment() {
		int ranked = admin.get("/api/scorecard").json().get("ranked").asInt();

		Response csv = admin.get("/api/scorecard/export.csv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<String> rows = List.of(csv.body().replace("\uFEFF", "").split("\r\n"));
		assertThat(rows.get(0)).startsWith("排名,部门代码,部门名称,总分");
		assertThat(rows).hasSize(ranked + 1);
		int columns = rows.get(0).split(",", -1).length;
		assertThat(rows).allSatisfy(row -> assertThat(row.split(",", -1)).hasSize(columns));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains(",GAJ,公安局,"));
	}

	@Test
	void theExcelExportIsAWorkbookWithTheRankingSheet() throws IOException, InterruptedException {
		HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/scorecard/export.xlsx"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
			.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
		// read through the central directory, as Excel does (the entries are streamed with data descriptors)
		Path file = Files.createTempFile("scorecard-", ".xlsx");
		Map<String, String> entries = new HashMap<>();
		try {
			Files.write(file, xlsx.body());
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
		assertThat(entries).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
		// fastexcel writes non-ASCII text as character references (公 = &#x516c;)
		assertThat(entries.get("xl/workbook.xml")).contains("<sheet name=\"20");
		assertThat(entries.get("xl/sharedStrings.xml")).contains(">GAJ<").contains("&#x516c;&#x5b89;&#x5c40;");
	}

	@Test
	void aStewardSeesItsOwnDepartmentsLineAndRankOnly() {
		ApiClient steward = ApiClient.loggedIn(port, "steward");

		JsonNode ranking = steward.get("/api/scorecard").json();

		assertThat(lines(ranking)).extracting(l -> l.get("departmentCode").asString()).containsExactly("GAJ");
		assertThat(ranking.get("ranked").asInt()).isGreaterThan(1);
		assertThat(steward.get("/api/scorecard/export.csv").body().split("\r\n")).hasSize(2);
		JsonNode trend = steward.get("/api/scorecard/departments/GAJ?periods=3").json();
		assertThat(trend.get("points")).hasSize(3);
		assertThat(trend.get("points").get(2).get("assessed").asBoolean()).isTrue();
		Response other = steward.get("/api/scorecard/departments/MZJ");
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.isProblem()).isTrue();
		assertThat(steward.put("/api/scorecard/weights", DEFAULT_WEIGHTS).status()).isEqualTo(403);
	}

	@Test
	void rolesOutsideTheScorecardAreRefused() {
		assertThat(ApiClient.loggedIn(port, "handler").get("/api/scorecard").status()).isEqualTo(403);
		assertThat(ApiClient.loggedIn(port, "operator").get("/api/scorecard/departments/GAJ").status()).isEqualTo(403);
		assertThat(ApiClient.loggedIn(port, "leader").post("/api/scorecard/recompute", null).status()).isEqualTo(403);
		assertThat(ApiClient.loggedIn(port, "auditor").get("/api/scorecard/departments/MZJ").status()).isEqualTo(200);
	}

	@Test
	void aWeightChangeRescoresWithoutRecomputing() {
		try {
			Response changed = admin.put("/api/scorecard/weights", DEFAULT_WEIGHTS.replace("\"RESOURCES\":10", "\"RESOURCES\":1000")
				.replace("\"TIMELY_DELIVERY\":15", "\"TIMELY_DELIVERY\":0"));
			assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
			assertThat(changed.json().get("RESOURCES").asDouble()).isEqualTo(1000.0);

			JsonNode ranking = admin.get("/api/scorecard").json();
			assertThat(ranking.get("indicators").get(0).get("weight").asDouble()).isEqualTo(1000.0);
			JsonNode top = lines(ranking).get(0);
			assertThat(top.at("/scores/RESOURCES").asDouble()).isEqualTo(100.0);
		}
		finally {
			assertThat(admin.put("/api/scorecard/weights", DEFAULT_WEIGHTS).status()).isEqualTo(200);
		}
	}

	@Test
	void badInputIsAProblemAndChangesNothing() {
		Response month13 = admin.get("/api/scorecard?period=2026-13");
		assertThat(month13.status()).isEqualTo(400);
		assertThat(month13.isProblem()).isTrue();
		assertThat(month13.body()).contains("period");
		assertThat(admin.get("/api/scorecard?period=2099-01").status()).isEqualTo(400);
		assertThat(admin.get("/api/scorecard/export.csv?period=2026-Q5").status()).isEqualTo(400);
		assertThat(admin.get("/api/scorecard/departments/GAJ?periods=0").status()).isEqualTo(400);
		Response unknown = admin.get("/api/scorecard/departments/NO_SUCH_DEPT");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();

		String weightsBefore = admin.get("/api/scorecard/weights").body();
		Response negative = admin.put("/api/scorecard/weights", DEFAULT_WEIGHTS.replace("\"USE\":15", "\"USE\":-5"));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.isProblem()).isTrue();
		assertThat(negative.body()).contains("weights.USE");
		assertThat(admin.put("/api/scorecard/weights", DEFAULT_WEIGHTS.replaceAll(":\\d+", ":0")).status()).isEqualTo(400);
		assertThat(admin.put("/api/scorecard/weights", "{\"USE\":\"many\"}").status()).isEqualTo(400);
		assertThat(admin.get("/api/scorecard/weights").body()).isEqualTo(weightsBefore);
	}

	private long readsOfPoliceByOthers() {
		return jdbc.sql("""
				select coalesce(sum(reads), 0) from scorecard_resource_use
				where provider_code = 'GAJ' and consumer_code not in ('', 'GAJ')
				""").query(Long.class).single();
	}

	private static List<JsonNode> lines(JsonNode ranking) {
		List<JsonNode> lines = new ArrayList<>();
		ranking.get("lines").forEach(lines::add);
		return lines;
	}

	private static JsonNode line(List<JsonNode> lines, String code) {
		return lines.stream().filter(l -> l.get("departmentCode").asString().equals(code)).findFirst()
			.orElseThrow(() -> new AssertionError("no line of " + code));
	}
}
