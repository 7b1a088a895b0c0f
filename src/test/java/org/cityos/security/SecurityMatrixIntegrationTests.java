package org.cityos.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.cityos.platform.ProgressBoard;
import org.cityos.shared.Role;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role. Three guarantees: each CityOS endpoint declares its rule
 * ({@code @PreAuthorize}); each is listed in the matrix below; and for each, the roles not
 * allowed get 403, nobody logged in gets 401, and the allowed roles get through (any answer but
 * 401/403). A module that adds endpoints adds its rows here.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIntegrationTests {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ProgressBoard progress;

	private final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);

	private ApiClient admin;

	@BeforeAll
	void logInEveryRole() {
		DemoCityLoaded.await(progress);
		clients.put(Role.ADMIN, ApiClient.loggedIn(port, "admin"));
		clients.put(Role.LEADER, ApiClient.loggedIn(port, "leader"));
		clients.put(Role.OPERATOR, ApiClient.loggedIn(port, "operator"));
		clients.put(Role.HANDLER, ApiClient.loggedIn(port, "handler"));
		clients.put(Role.STEWARD, ApiClient.loggedIn(port, "steward"));
		clients.put(Role.GRID_WORKER, ApiClient.loggedIn(port, "gridworker"));
		clients.put(Role.AUDITOR, ApiClient.loggedIn(port, "auditor"));
		admin = clients.get(Role.ADMIN);
		String token = admin.post("/api/directory/tokens", "{\"departmentCode\":\"GAJ\",\"name\":\"matrix\"}").json()
			.get("token").asString();
		clients.put(Role.SYSTEM, ApiClient.withToken(port, token));
		admin.post("/api/directory/departments", "{\"code\":\"MATRIX\",\"name\":\"矩阵测试部门\",\"kind\":\"OTHER\"}");
		admin.post("/api/directory/accounts",
				"{\"username\":\"matrix-target\",\"displayName\":\"矩阵\",\"password\":\"long-enough\",\"roles\":[\"LEADER\"]}");
	}

	/** The matrix: who may call what. */
	private List<Endpoint> matrix() {
		List<Endpoint> rows = new ArrayList<>();
		rows.add(get("/api/auth/me", EVERYONE));
		// directory
		rows.add(get("/api/directory/departments", EVERYONE));
		rows.add(get("/api/directory/departments/{code}", "/api/directory/departments/GAJ", EVERYONE));
		rows.add(new Endpoint("POST", "/api/directory/departments", () -> "/api/directory/departments",
				() -> "{\"code\":\"M" + unique() + "\",\"name\":\"矩阵" + unique() + "\",\"kind\":\"OTHER\"}", Set.of(Role.ADMIN)));
		rows.add(new Endpoint("PUT", "/api/directory/departments/{code}", () -> "/api/directory/departments/MATRIX",
				() -> "{\"name\":\"矩阵测试部门\",\"kind\":\"OTHER\"}", Set.of(Role.ADMIN)));
		rows.add(get("/api/directory/accounts", Set.of(Role.ADMIN)));
		rows.add(get("/api/directory/accounts/{username}", "/api/directory/accounts/matrix-target", Set.of(Role.ADMIN)));
		rows.add(new Endpoint("POST", "/api/directory/accounts", () -> "/api/directory/accounts",
				() -> "{\"username\":\"m" + unique() + "\",\"displayName\":\"矩阵\",\"password\":\"long-enough\",\"roles\":[\"LEADER\"]}",
				Set.of(Role.ADMIN)));
		rows.add(new Endpoint("PUT", "/api/directory/accounts/{username}", () -> "/api/directory/accounts/matrix-target",
				() -> "{\"displayName\":\"矩阵\",\"roles\":[\"LEADER\"],\"enabled\":true}", Set.of(Role.ADMIN)));
		rows.add(new Endpoint("POST", "/api/directory/accounts/{username}/password",
				() -> "/api/directory/accounts/matrix-target/password", () -> "{\"password\":\"long-enough\"}", Set.of(Role.ADMIN)));
		rows.add(get("/api/directory/tokens", Set.of(Role.ADMIN, Role.STEWARD)));
		rows.add(new Endpoint("POST", "/api/directory/tokens", () -> "/api/directory/tokens",
				() -> "{\"departmentCode\":\"GAJ\",\"name\":\"matrix\"}", Set.of(Role.ADMIN, Role.STEWARD)));
		rows.add(new Endpoint("DELETE", "/api/directory/tokens/{id}", this::freshTokenOfStewardsDepartment, () -> null,
				Set.of(Role.ADMIN, Role.STEWARD)));
		// audit
		rows.add(get("/api/audit/entries", Set.of(Role.AUDITOR)));
		rows.add(get("/api/audit/verify", Set.of(Role.AUDITOR)));
		// geography
		rows.add(get("/api/geography/locate", "/api/geography/locate?lon=108.70&lat=34.33", EVERYONE));
		rows.add(get("/api/geography/convert", "/api/geography/convert?from=WGS84&to=GCJ02&lon=108.7&lat=34.33", EVERYONE));
		rows.add(get("/api/geography/layers/{level}", "/api/geography/layers/district", EVERYONE));
		rows.add(get("/api/geography/divisions", "/api/geography/divisions?q=610402", EVERYONE));
		rows.add(get("/api/geography/divisions/{code}", "/api/geography/divisions/610402", EVERYONE));
		rows.add(new Endpoint("POST", "/api/geography/import", () -> "/api/geography/import?mode=merge",
				() -> "{\"type\":\"FeatureCollection\",\"features\":[]}", Set.of(Role.ADMIN)));
		// calendar
		rows.add(get("/api/calendar/days/{date}", "/api/calendar/days/2026-02-14", EVERYONE));
		rows.add(get("/api/calendar/months/{month}", "/api/calendar/months/2026-02", EVERYONE));
		rows.add(get("/api/calendar/deadline", "/api/calendar/deadline?start=2026-02-13T10:00:00%2B08:00&workingDays=3", EVERYONE));
		rows.add(get("/api/calendar/years", EVERYONE));
		rows.add(get("/api/calendar/years/{year}", "/api/calendar/years/2026", EVERYONE));
		rows.add(new Endpoint("PUT", "/api/calendar/years/{year}", () -> "/api/calendar/years/2030",
				() -> "{\"holidays\":[{\"name\":\"元旦\",\"start\":\"2030-01-01\",\"end\":\"2030-01-01\"}]}", Set.of(Role.ADMIN)));
		rows.add(new Endpoint("DELETE", "/api/calendar/years/{year}", () -> "/api/calendar/years/2030", () -> null,
				Set.of(Role.ADMIN)));
		// catalog: registration and collection
		Set<Role> provider = Set.of(Role.ADMIN, Role.STEWARD, Role.SYSTEM);
		rows.add(get("/api/catalog/resources", "/api/catalog/resources?q=population", EVERYONE));
		rows.add(new Endpoint("POST", "/api/catalog/resources", () -> "/api/catalog/resources",
				() -> catalogResourceJson("\"classification\":\"101099\""), Set.of(Role.ADMIN, Role.STEWARD)));
		rows.add(new Endpoint("GET", "/api/catalog/resources/{code}", () -> "/api/catalog/resources/" + catalogResource(),
				() -> null, EVERYONE));
		rows.add(new Endpoint("PUT", "/api/catalog/resources/{code}", () -> "/api/catalog/resources/" + catalogResource(),
				() -> catalogResourceJson("\"classification\":\"101099\""), Set.of(Role.ADMIN, Role.STEWARD)));
		rows.add(new Endpoint("GET", "/api/catalog/resources/{code}/versions",
				() -> "/api/catalog/resources/" + catalogResource() + "/versions", () -> null, EVERYONE));
		rows.add(new Endpoint("POST", "/api/catalog/resources/{code}/deliveries",
				() -> "/api/catalog/resources/" + catalogResource() + "/deliveries?batchId=matrix-" + unique(), () -> "{}", provider));
		rows.add(new Endpoint("GET", "/api/catalog/resources/{code}/deliveries",
				() -> "/api/catalog/resources/" + catalogResource() + "/deliveries", () -> null, provider));
		rows.add(new Endpoint("GET", "/api/catalog/deliveries/{id}", () -> "/api/catalog/deliveries/" + catalogDelivery(),
				() -> null, provider));
		rows.add(new Endpoint("GET", "/api/catalog/deliveries/{id}/rejections",
				() -> "/api/catalog/deliveries/" + catalogDelivery() + "/rejections", () -> null, provider));
		rows.add(new Endpoint("GET", "/api/catalog/deliveries/{id}/rejections.csv",
				() -> "/api/catalog/deliveries/" + catalogDelivery() + "/rejections.csv", () -> null, provider));
		rows.add(get("/api/catalog/timeliness", Set.of(Role.ADMIN, Role.LEADER, Role.STEWARD)));
		// catalog: sharing and exchange (unknown ids and codes: the allowed roles get 400/404, never 401/403)
		Set<Role> stewards = Set.of(Role.ADMIN, Role.STEWARD);
		Set<Role> exchangeReaders = Set.of(Role.ADMIN, Role.STEWARD, Role.SYSTEM);
		String noRequest = "/api/catalog/requests/00000000-0000-0000-0000-000000000000";
		String noGrant = "/api/catalog/grants/00000000-0000-0000-0000-000000000000";
		rows.add(new Endpoint("POST", "/api/catalog/requests", () -> "/api/catalog/requests",
				() -> "{\"resourceCode\":\"999999-999999\",\"consumerDepartmentCode\":\"GAJ\",\"purpose\":\"矩阵测试的申请用途说明\",\"items\":[\"x\"]}",
				stewards));
		rows.add(get("/api/catalog/requests", stewards));
		rows.add(get("/api/catalog/requests/{id}", noRequest, stewards));
		rows.add(new Endpoint("POST", "/api/catalog/requests/{id}/approve", () -> noRequest + "/approve", () -> "{}", stewards));
		rows.add(new Endpoint("POST", "/api/catalog/requests/{id}/reject", () -> noRequest + "/reject",
				() -> "{\"reason\":\"矩阵\"}", stewards));
		rows.add(get("/api/catalog/grants", exchangeReaders));
		rows.add(get("/api/catalog/grants/{id}", noGrant, exchangeReaders));
		rows.add(new Endpoint("POST", "/api/catalog/grants/{id}/revoke", () -> noGrant + "/revoke",
				() -> "{\"reason\":\"矩阵\"}", stewards));
		rows.add(get("/api/exchange/{code}/records", "/api/exchange/999999-999999/records?key=1", exchangeReaders));
		rows.add(get("/api/exchange/{code}/export", "/api/exchange/999999-999999/export?format=csv", exchangeReaders));
		// registry: definitions, comparisons, discrepancies, golden records (unknown registry or key: 400/404 for the allowed)
		rows.add(get("/api/registry/definitions", EVERYONE));
		rows.add(new Endpoint("POST", "/api/registry/definitions", () -> "/api/registry/definitions",
				() -> "{\"name\":\"matrix\",\"label\":\"矩阵\",\"keyAttribute\":\"id_number\",\"keyLabel\":\"身份证号\","
						+ "\"keyResource\":\"999999-999999\",\"keyItem\":\"id_number\",\"attributes\":[{\"name\":\"name\","
						+ "\"label\":\"姓名\",\"kind\":\"TEXT\",\"sources\":[{\"resource\":\"999999-999999\","
						+ "\"keyItem\":\"id_number\",\"item\":\"name\",\"authoritative\":true}]}]}",
				Set.of(Role.ADMIN)));
		rows.add(new Endpoint("POST", "/api/registry/{registry}/comparisons", () -> "/api/registry/no_such_registry/comparisons",
				() -> "{}", Set.of(Role.ADMIN)));
		rows.add(get("/api/registry/{registry}/discrepancies", "/api/registry/population/discrepancies",
				Set.of(Role.ADMIN, Role.STEWARD)));
		rows.add(get("/api/registry/{registry}/records/{key}", "/api/registry/population/records/000000000000000000",
				Set.of(Role.ADMIN, Role.LEADER, Role.STEWARD)));
		rows.add(get("/api/registry/{registry}/discrepancies/counts", "/api/registry/population/discrepancies/counts",
				Set.of(Role.ADMIN, Role.STEWARD)));
		String noDiscrepancy = "/api/registry/population/discrepancies/" + UUID.randomUUID();
		rows.add(get("/api/registry/{registry}/discrepancies/{id}", noDiscrepancy, Set.of(Role.ADMIN, Role.STEWARD)));
		rows.add(new Endpoint("POST", "/api/registry/{registry}/discrepancies/{id}/confirm", () -> noDiscrepancy + "/confirm",
				() -> "{}", Set.of(Role.STEWARD, Role.SYSTEM)));
		rows.add(new Endpoint("POST", "/api/registry/{registry}/discrepancies/{id}/dispute", () -> noDiscrepancy + "/dispute",
				() -> "{\"evidence\":\"矩阵\"}", Set.of(Role.STEWARD, Role.SYSTEM)));
		rows.add(new Endpoint("POST", "/api/registry/{registry}/discrepancies/{id}/arbitrate",
				() -> noDiscrepancy + "/arbitrate", () -> "{\"providerCorrect\":true,\"reason\":\"矩阵\"}",
				Set.of(Role.ADMIN)));
		// registry: review queue of matches without key, and 核查 cross-checks
		rows.add(get("/api/registry/{registry}/reviews", "/api/registry/population/reviews", Set.of(Role.ADMIN, Role.STEWARD)));
		rows.add(new Endpoint("POST", "/api/registry/{registry}/reviews/{id}/decide",
				() -> "/api/registry/population/reviews/" + UUID.randomUUID() + "/decide", () -> "{\"accept\":false}",
				Set.of(Role.ADMIN, Role.STEWARD)));
		rows.add(new Endpoint("POST", "/api/registry/{registry}/matching", () -> "/api/registry/no_such_registry/matching",
				() -> "{\"source\":\"101005-000003\"}", Set.of(Role.ADMIN)));
		rows.add(get("/api/registry/checks", Set.of(Role.ADMIN, Role.LEADER, Role.STEWARD)));
		rows.add(new Endpoint("PUT", "/api/registry/checks/{code}", () -> "/api/registry/checks/matrix",
				() -> "{\"code\":\"other\",\"label\":\"矩阵\",\"description\":\"矩阵\",\"departments\":[],\"rules\":[]}",
				Set.of(Role.ADMIN)));
		rows.add(new Endpoint("POST", "/api/registry/checks/{code}/runs", () -> "/api/registry/checks/no_such_check/runs",
				() -> "{\"purpose\":\"矩阵\",\"applicants\":[]}", Set.of(Role.ADMIN, Role.STEWARD, Role.SYSTEM)));
		rows.add(get("/api/registry/checks/runs", Set.of(Role.ADMIN, Role.STEWARD, Role.SYSTEM)));
		String noRun = "/api/registry/checks/runs/" + UUID.randomUUID();
		rows.add(get("/api/registry/checks/runs/{id}", noRun, Set.of(Role.ADMIN, Role.STEWARD, Role.SYSTEM)));
		rows.add(get("/api/registry/checks/runs/{id}/export.csv", noRun + "/export.csv",
				Set.of(Role.ADMIN, Role.STEWARD, Role.SYSTEM)));
		// scorecard: the bureau, leaders and auditors see all; a steward its own department (GAJ here)
		Set<Role> scorecardReaders = Set.of(Role.ADMIN, Role.LEADER, Role.AUDITOR, Role.STEWARD);
		rows.add(get("/api/scorecard", scorecardReaders));
		rows.add(get("/api/scorecard/departments/{code}", "/api/scorecard/departments/GAJ?periods=1", scorecardReaders));
		rows.add(get("/api/scorecard/weights", scorecardReaders));
		rows.add(new Endpoint("PUT", "/api/scorecard/weights", () -> "/api/scorecard/weights",
				() -> "{\"RESOURCES\":10,\"TIMELY_DELIVERY\":15,\"COMPLETENESS\":10,\"VALIDITY\":15,\"CONSISTENCY\":15,"
						+ "\"DISCREPANCY_HANDLING\":10,\"USE\":15,\"REQUEST_ANSWERS\":10}",
				Set.of(Role.ADMIN)));
		rows.add(new Endpoint("POST", "/api/scorecard/recompute", () -> "/api/scorecard/recompute", () -> null,
				Set.of(Role.ADMIN)));
		rows.add(get("/api/scorecard/export.csv", scorecardReaders));
		rows.add(get("/api/scorecard/export.xlsx", scorecardReaders));
		// sensing: alert rules and alerts (unknown ids: the allowed roles get 404), indices over values passed in
		Set<Role> ruleEditors = Set.of(Role.ADMIN, Role.OPERATOR);
		Set<Role> alertHandlers = Set.of(Role.ADMIN, Role.OPERATOR, Role.LEADER);
		String noRule = "/api/sensing/rules/00000000-0000-0000-0000-000000000000";
		String noAlert = "/api/sensing/alerts/00000000-0000-0000-0000-000000000000";
		String ruleJson = "{\"name\":\"矩阵规则\",\"scope\":{\"type\":\"DATASTREAM\",\"value\":\"matrix\"},"
				+ "\"condition\":{\"kind\":\"THRESHOLD\",\"direction\":\"ABOVE\",\"levels\":{\"BLUE\":75}}}";
		rows.add(get("/api/sensing/rules", EVERYONE));
		rows.add(get("/api/sensing/rules/{id}", noRule, EVERYONE));
		rows.add(new Endpoint("POST", "/api/sensing/rules", () -> "/api/sensing/rules", () -> ruleJson, ruleEditors));
		rows.add(new Endpoint("PUT", "/api/sensing/rules/{id}", () -> noRule, () -> ruleJson, ruleEditors));
		rows.add(new Endpoint("DELETE", "/api/sensing/rules/{id}", () -> noRule, () -> null, ruleEditors));
		rows.add(get("/api/sensing/alerts", EVERYONE));
		rows.add(get("/api/sensing/alerts/{id}", noAlert, EVERYONE));
		rows.add(new Endpoint("POST", "/api/sensing/alerts/{id}/acknowledge", () -> noAlert + "/acknowledge", () -> "{}",
				alertHandlers));
		rows.add(new Endpoint("POST", "/api/sensing/alerts/{id}/resolve", () -> noAlert + "/resolve",
				() -> "{\"note\":\"矩阵\"}", alertHandlers));
		rows.add(new Endpoint("POST", "/api/sensing/aqi", () -> "/api/sensing/aqi",
				() -> "{\"time\":\"2026-03-01T00:00:00+08:00\",\"report\":\"DAILY\",\"concentrations\":{\"PM2_5_24H\":75}}",
				EVERYONE));
		rows.add(get("/api/sensing/aqi/standards", EVERYONE));
		rows.add(new Endpoint("POST", "/api/sensing/water-quality", () -> "/api/sensing/water-quality",
				() -> "{\"values\":{\"AMMONIA_NITROGEN\":1.2},\"target\":\"III\"}", EVERYONE));
		rows.add(new Endpoint("POST", "/api/sensing/noise", () -> "/api/sensing/noise",
				() -> "{\"zone\":\"1\",\"samples\":[{\"time\":\"2026-05-01T23:00:00Z\",\"level\":50}]}", EVERYONE));
		rows.add(new Endpoint("POST", "/api/sensing/congestion", () -> "/api/sensing/congestion",
				() -> "{\"flow\":900,\"speed\":30,\"freeFlowSpeed\":60}", EVERYONE));
		// sensing overview: status for the sensor map, AQI and noise periods over stored data
		rows.add(get("/api/sensing/status", EVERYONE));
		rows.add(get("/api/sensing/aqi/stations", EVERYONE));
		rows.add(get("/api/sensing/aqi/city", EVERYONE));
		rows.add(get("/api/sensing/noise/periods", EVERYONE));
		// cases (unknown case numbers: the allowed roles get 404; invalid admin bodies: 400, nothing changed)
		Set<Role> caseReaders = Set.of(Role.OPERATOR, Role.ADMIN, Role.LEADER, Role.HANDLER, Role.GRID_WORKER, Role.SYSTEM);
		Set<Role> commandCenter = Set.of(Role.OPERATOR, Role.ADMIN);
		Set<Role> analysts = Set.of(Role.ADMIN, Role.LEADER, Role.OPERATOR);
		String noCase = "/api/cases/19990101000000";
		rows.add(new Endpoint("POST", "/api/cases", () -> "/api/cases", () -> "{}",
				Set.of(Role.OPERATOR, Role.ADMIN, Role.GRID_WORKER, Role.SYSTEM)));
		rows.add(get("/api/cases", caseReaders));
		rows.add(get("/api/cases/{number}", noCase, caseReaders));
		rows.add(get("/api/cases/{number}/contact", noCase + "/contact", commandCenter));
		rows.add(get("/api/cases/{number}/duplicates", noCase + "/duplicates", commandCenter));
		rows.add(get("/api/cases/{number}/attachments/{id}", noCase + "/attachments/00000000-0000-0000-0000-000000000000",
				caseReaders));
		rows.add(new Endpoint("POST", "/api/cases/{number}/{action}", () -> noCase + "/register", () -> "{}",
				Set.of(Role.OPERATOR, Role.ADMIN, Role.HANDLER, Role.GRID_WORKER)));
		rows.add(get("/api/cases/categories", EVERYONE));
		rows.add(new Endpoint("PUT", "/api/cases/admin/categories/{code}", () -> "/api/cases/admin/categories/ZMATRIX",
				() -> "{\"kind\":\"EVENT\",\"name\":\"矩阵测试大类\",\"active\":false}", Set.of(Role.ADMIN)));
		rows.add(get("/api/cases/admin/dispatch-rules", commandCenter));
		rows.add(new Endpoint("PUT", "/api/cases/admin/dispatch-rules", () -> "/api/cases/admin/dispatch-rules",
				() -> "[{\"departmentCode\":\"NO-SUCH-DEPARTMENT\",\"priority\":1}]", Set.of(Role.ADMIN)));
		rows.add(get("/api/cases/admin/time-limits", commandCenter));
		rows.add(new Endpoint("PUT", "/api/cases/admin/time-limits", () -> "/api/cases/admin/time-limits", () -> "[]",
				Set.of(Role.ADMIN)));
		rows.add(get("/api/cases/evaluation", analysts));
		rows.add(get("/api/cases/evaluation.csv", analysts));
		rows.add(get("/api/cases/evaluation.xlsx", analysts));
		rows.add(get("/api/cases/analysis/heatmap", analysts));
		rows.add(get("/api/cases/analysis/top-categories", analysts));
		rows.add(get("/api/cases/analysis/trend", analysts));
		rows.add(get("/api/cases/analysis/repeated", analysts));
		// sensing: the SensorThings API (catch-all handlers; reads for anyone logged in, writes for ADMIN and gateways)
		Set<Role> sensingWriters = Set.of(Role.ADMIN, Role.SYSTEM);
		for (String version : List.of("v1.1", "v1.0")) {
			String sta = "/sta/" + version;
			rows.add(get(sta, EVERYONE));
			rows.add(get(sta + "/**", sta + "/Things?$top=1", EVERYONE));
			rows.add(new Endpoint("POST", sta + "/**", () -> sta + "/Things",
					() -> "{\"name\":\"矩阵-" + unique() + "\",\"description\":\"matrix\"}", sensingWriters));
			// one Observation to a Datastream: routed past method security to its own handler, which checks the same rule
			rows.add(new Endpoint("POST", sta + "/Datastreams({id})/Observations", () -> sta + "/Datastreams(999999999)/Observations",
					() -> "{\"phenomenonTime\":\"2026-01-01T00:00:00Z\",\"result\":1}", sensingWriters));
			rows.add(new Endpoint("PATCH", sta + "/**", () -> sta + "/Things(999999999)", () -> "{\"description\":\"x\"}",
					sensingWriters));
			rows.add(new Endpoint("DELETE", sta + "/**", () -> sta + "/Things(999999999)", () -> null, sensingWriters));
		}
		rows.add(new Endpoint("POST", "/api/sensing/ingest", () -> "/api/sensing/ingest",
				() -> "{\"datastream\":999999999,\"observations\":[[\"2026-01-01T00:00:00Z\",1]]}", sensingWriters));
		rows.add(get("/api/sensing/dead-letters", Set.of(Role.ADMIN)));
		rows.add(get("/api/sensing/datastreams/{id}/series", "/api/sensing/datastreams/999999999/series", EVERYONE));
		rows.add(get("/api/cases/analysis/supervision", analysts));
		return rows;
	}

	// catalog: registration and collection — a resource of the steward's department (GAJ) and one delivery of it
	private String catalogResource;

	private String catalogDelivery;

	private synchronized String catalogResource() {
		if (catalogResource == null) {
			catalogResource = admin.post("/api/catalog/resources", catalogResourceJson("\"classification\":\"101099\""))
				.json().get("code").asString();
		}
		return catalogResource;
	}

	private synchronized String catalogDelivery() {
		if (catalogDelivery == null) {
			catalogDelivery = admin.send("POST", "/api/catalog/resources/" + catalogResource() + "/deliveries?batchId=matrix",
					"id,name\n1,矩阵\n", "text/csv").json().get("id").asString();
		}
		return catalogDelivery;
	}

	private static String catalogResourceJson(String code) {
		return "{" + code + ",\"name\":\"矩阵资源\",\"providerCode\":\"GAJ\",\"subject\":\"THEMATIC\","
				+ "\"items\":[{\"name\":\"id\",\"label\":\"编号\",\"type\":\"INTEGER\",\"key\":true},"
				+ "{\"name\":\"name\",\"label\":\"名称\",\"type\":\"STRING\"}],\"updateCycle\":\"MONTHLY\","
				+ "\"sharingType\":\"UNCONDITIONAL\",\"openType\":\"NOT_OPEN\",\"sharingMethod\":\"PLATFORM\",\"grade\":\"GENERAL\"}";
	}

	/** Public on purpose; their answers hold nothing private. */
	private static final Set<String> PUBLIC = Set.of("POST /api/auth/login", "GET /api/platform/status",
			"GET /open/resources", "GET /open/resources/{code}/records", "GET /open/catalog.ttl", "GET /open/catalog.jsonld",
			// cases: citizens report, follow (number + last 4 phone digits) and rate; Open311 GeoReport v2
			"GET /api/public/cases/categories", "GET /api/public/cases/map/{level}", "POST /api/public/cases", "GET /api/public/cases/{number}",
			"POST /api/public/cases/{number}/rating", "GET /open311/v2/services.{format}",
			"GET /open311/v2/services/{code}.{format}", "POST /open311/v2/requests.{format}",
			"GET /open311/v2/requests.{format}", "GET /open311/v2/requests/{id}.{format}",
			"GET /open311/v2/tokens/{token}.{format}");

	@Test
	void everyEndpointDeclaresItsAuthorizationRule() {
		List<String> missing = cityOsHandlers().entrySet().stream()
			.filter(e -> !AnnotatedElementUtils.hasAnnotation(e.getValue().getMethod(), PreAuthorize.class)
					&& !AnnotatedElementUtils.hasAnnotation(e.getValue().getBeanType(), PreAuthorize.class))
			.map(e -> e.getKey().toString())
			.toList();

		assertThat(missing).as("endpoints without @PreAuthorize").isEmpty();
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		Set<String> declared = new TreeSet<>();
		cityOsHandlers().keySet().forEach(info -> info.getMethodsCondition().getMethods()
			.forEach(method -> info.getPatternValues().forEach(pattern -> declared.add(method + " " + pattern))));
		Set<String> covered = new TreeSet<>(PUBLIC);
		matrix().forEach(row -> covered.add(row.method() + " " + row.pattern()));

		assertThat(covered).as("matrix rows").containsAll(declared);
	}

	@TestFactory
	Stream<DynamicTest> rolesOutsideTheRuleAreRefused() {
		return matrix().stream().flatMap(row -> Stream.concat(
				Stream.of(DynamicTest.dynamicTest(row + " anonymous → 401", () -> {
					Response response = ApiClient.anonymous(port).send(row.method(), row.path().get(), row.body().get(), "application/json");
					assertThat(response.status()).as(response.toString()).isEqualTo(401);
					assertThat(response.isProblem()).isTrue();
				})),
				EVERYONE.stream().map(role -> DynamicTest.dynamicTest(row + " as " + role, () -> {
					Response response = clients.get(role).send(row.method(), row.path().get(), row.body().get(), "application/json");
					if (row.allowed().contains(role)) {
						assertThat(response.status()).as(response.toString()).isNotIn(401, 403).isLessThan(500);
					}
					else {
						assertThat(response.status()).as(response.toString()).isEqualTo(403);
						assertThat(response.isProblem()).isTrue();
					}
				}))));
	}

	private Map<RequestMappingInfo, HandlerMethod> cityOsHandlers() {
		Map<RequestMappingInfo, HandlerMethod> handlers = new java.util.LinkedHashMap<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.cityos")) {
				handlers.put(info, method);
			}
		});
		return handlers;
	}

	private String freshTokenOfStewardsDepartment() {
		return "/api/directory/tokens/"
				+ admin.post("/api/directory/tokens", "{\"departmentCode\":\"GAJ\",\"name\":\"revoke-me\"}").json().get("id").asString();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static Endpoint get(String path, Set<Role> allowed) {
		return get(path, path, allowed);
	}

	private static Endpoint get(String pattern, String path, Set<Role> allowed) {
		return new Endpoint("GET", pattern, () -> path, () -> null, allowed);
	}

	record Endpoint(String method, String pattern, Supplier<String> path, Supplier<String> body, Set<Role> allowed) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}
}
