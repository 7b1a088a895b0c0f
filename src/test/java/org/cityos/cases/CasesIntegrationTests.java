package org.cityos.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cityos.cases.sla.SlaSweep;
import org.cityos.directory.Accounts;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;

/** Cases end to end: a scenario per channel, authorisation, bad input, concurrency, duplicates, SLA, Open311. */
@CityOsIntegrationTest
class CasesIntegrationTests {

	static final String JPEG = Base64.getEncoder()
		.encodeToString(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' });

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	SlaSweep sweep;

	ApiClient operator;

	ApiClient handler;

	ApiClient gridWorker;

	@BeforeEach
	void demoCityLoaded() {
		DemoCityLoaded.await(progress);
		operator = ApiClient.loggedIn(port, "operator");
		handler = ApiClient.loggedIn(port, "handler");
		gridWorker = ApiClient.loggedIn(port, "gridworker");
	}

	/** The centre of one of the grid worker's grids, offset a little so tests do not see each other as duplicates. */
	double[] pointInGridWorkersGrid(int which) {
		String grid = accounts.find("gridworker").orElseThrow().gridCodes().get(which);
		JsonNode centroid = operator.get("/api/geography/divisions/" + grid).json().get("properties").get("centroid");
		return new double[] { centroid.get("lon").asDouble(), centroid.get("lat").asDouble() };
	}

	JsonNode act(ApiClient client, String number, String action, String body) {
		Response response = client.post("/api/cases/" + number + "/" + action, body);
		assertThat(response.status()).as(action + ": " + response).isEqualTo(200);
		return response.json();
	}

	String intake(ApiClient client, String json) {
		Response response = client.post("/api/cases", json);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("case").get("number").asString();
	}

	@Test
	void aHotlineComplaintGoesFromIntakeToRating() {
		double[] p = pointInGridWorkersGrid(0);
		Response received = operator.post("/api/cases", """
				{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"E0102","description":"小区门口垃圾堆放三天无人清理",
				 "lon":%s,"lat":%s,"address":"人民路12号","reporterName":"张三丰","reporterPhone":"13800138000",
				 "photos":[{"fileName":"a.jpg","contentType":"image/jpeg","data":"%s"}]}
				""".formatted(p[0], p[1], JPEG));
		assertThat(received.status()).as(received.toString()).isEqualTo(201);
		JsonNode c = received.json().get("case");
		String number = c.get("number").asString();
		assertThat(number).matches("\\d{14}");
		assertThat(c.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(c.get("reporter").get("phone").asString()).isEqualTo("138****8000");
		assertThat(c.get("reporter").get("name").asString()).isEqualTo("张**");
		assertThat(c.get("place").get("grid").get("code").asString()).isNotBlank();
		assertThat(c.get("attachments").size()).isEqualTo(1);
		assertThat(c.get("allowedActions").values()).extracting(JsonNode::asString).contains("register", "reject", "answer");

		act(operator, number, "register", "{}");
		JsonNode dispatched = act(operator, number, "dispatch", "{}");
		assertThat(dispatched.get("department").get("code").asString()).isEqualTo("CGJ");
		assertThat(dispatched.get("dueAt").isNull()).isFalse();
		assertThat(handler.get("/api/cases?status=DISPATCHED&size=500").json().get("content").findValuesAsString("number"))
			.contains(number);
		act(handler, number, "accept", "{}");
		act(handler, number, "reply", "{\"note\":\"已清运\",\"photos\":[{\"fileName\":\"after.jpg\",\"contentType\":\"image/jpeg\",\"data\":\"" + JPEG + "\"}]}");
		act(gridWorker, number, "verify", "{\"passed\":false,\"note\":\"还有残留\"}");
		act(handler, number, "reply", "{\"note\":\"已彻底清理\"}");
		act(gridWorker, number, "verify", "{\"passed\":true}");
		JsonNode closed = act(operator, number, "close", "{}");
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("reworkCount").asInt()).isEqualTo(1);

		// the citizen follows and rates with the last four digits; a wrong suffix is the same 404 as an unknown number
		ApiClient citizen = ApiClient.anonymous(port);
		Response wrong = citizen.get("/api/public/cases/" + number + "?phoneLast4=1234");
		Response unknown = citizen.get("/api/public/cases/19990101000001?phoneLast4=8000");
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.isProblem()).isTrue();
		assertThat(unknown.json().get("detail")).isEqualTo(wrong.json().get("detail"));
		JsonNode followed = citizen.get("/api/public/cases/" + number + "?phoneLast4=8000").json();
		assertThat(followed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(followed.get("canRate").asBoolean()).isTrue();
		assertThat(followed.toString()).doesNotContain("13800138000").doesNotContain("张三丰");
		Response rated = citizen.post("/api/public/cases/" + number + "/rating",
				"{\"phoneLast4\":\"8000\",\"satisfaction\":\"SATISFIED\"}");
		assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
		JsonNode detail = operator.get("/api/cases/" + number).json();
		assertThat(detail.get("satisfaction").asString()).isEqualTo("SATISFIED");
		assertThat(detail.get("events").findValuesAsString("action")).containsSubsequence("receive", "register",
				"dispatch", "accept", "reply", "verify", "reply", "verify", "close", "rate");
		assertThat(jdbc.sql("select count(*) from audit_entry where target = :t").param("t", "case " + number)
			.query(Long.class).single()).isEqualTo(10);
	}

	@Test
	void aGridWorkersReportIsDispatchedReturnedRedispatchedAndReopenedAfterADissatisfiedRating() {
		double[] p = pointInGridWorkersGrid(1);
		String number = intake(gridWorker, """
				{"channel":"HOTLINE","categoryCode":"0101","description":"上水井盖缺失","lon":%s,"lat":%s}
				""".formatted(p[0], p[1]));
		JsonNode c = operator.get("/api/cases/" + number).json();
		assertThat(c.get("channel").asString()).isEqualTo("GRID_WORKER");
		assertThat(c.get("category").get("code").asString()).isEqualTo("C0101");
		act(operator, number, "register", "{}");
		act(operator, number, "dispatch", "{\"departmentCode\":\"CGJ\",\"note\":\"指定城管\"}");
		JsonNode returned = act(handler, number, "return", "{\"note\":\"井盖属供水集团\"}");
		assertThat(returned.get("status").asString()).isEqualTo("REGISTERED");
		JsonNode redispatched = act(operator, number, "dispatch", "{}");
		assertThat(redispatched.get("department").get("code").asString()).isEqualTo("GSGS");
		// the CGJ handler may neither see nor act on a case of another department
		assertThat(handler.get("/api/cases/" + number).status()).isEqualTo(404);
		Response refused = handler.post("/api/cases/" + number + "/accept", "{}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		assertThat(operator.get("/api/cases/" + number).json().get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(gridWorker.get("/api/cases/" + number).status()).isEqualTo(200);
	}

	@Test
	void aWebReportThroughThePublicApiIsAnsweredDirectlyAndRated() {
		ApiClient citizen = ApiClient.anonymous(port);
		Response reported = citizen.post("/api/public/cases", """
				{"hotlineType":"CONSULTATION","categoryCode":"S0201","description":"灵活就业人员如何缴纳医保？",
				 "reporterName":"李四","reporterPhone":"13912345678"}
				""");
		assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
		String number = reported.json().get("number").asString();
		JsonNode answered = act(operator, number, "answer", "{\"note\":\"可在社保服务大厅或线上办理\"}");
		assertThat(answered.get("resolution").asString()).isEqualTo("ANSWERED");
		assertThat(answered.get("channel").asString()).isEqualTo("WEB");
		act(operator, number, "rate", "{\"satisfaction\":\"VERY_SATISFIED\"}");
		assertThat(citizen.get("/api/public/cases/" + number + "?phoneLast4=5678").json().get("answer").asString())
			.contains("社保服务大厅");
	}

	@Test
	void anIotAlertFromADepartmentSystemAndAnOpen311RequestGoFromIntakeToTheirEnd() throws Exception {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		String token = admin.post("/api/directory/tokens", "{\"departmentCode\":\"CGJ\",\"name\":\"manhole-sensors\"}")
			.json().get("token").asString();
		ApiClient sensors = ApiClient.withToken(port, token);
		double[] p = pointInGridWorkersGrid(7);
		String alert = intake(sensors, """
				{"channel":"IOT_ALERT","categoryCode":"C0101","description":"井盖倾斜传感器报警：倾角 12°","lon":%s,"lat":%s,
				 "urgency":"URGENT"}
				""".formatted(p[0], p[1]));
		act(operator, alert, "register", "{}");
		act(operator, alert, "dispatch", "{}");
		String department = operator.get("/api/cases/" + alert).json().get("department").get("code").asString();
		ApiClient responsible = department.equals("CGJ") ? handler : handlerOf(admin, department);
		act(responsible, alert, "accept", "{}");
		act(responsible, alert, "reply", "{\"note\":\"井盖已复位加固\"}");
		act(gridWorker, alert, "verify", "{\"passed\":true}");
		assertThat(act(operator, alert, "close", "{}").get("status").asString()).isEqualTo("CLOSED");
		assertThat(operator.get("/api/cases/" + alert).json().get("channel").asString()).isEqualTo("IOT_ALERT");

		double[] q = pointInGridWorkersGrid(8);
		String form = "api_key=" + token + "&service_code=E0104&lat=" + q[1] + "&long=" + q[0] + "&first_name="
				+ enc("芳") + "&last_name=" + enc("李") + "&phone=13700005678&description=" + enc("人行道上有油污");
		Response posted = ApiClient.anonymous(port).send("POST", "/open311/v2/requests.json", form,
				"application/x-www-form-urlencoded");
		assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
		String request = posted.json().get(0).get("service_request_id").asString();
		act(operator, request, "register", "{}");
		act(operator, request, "dispatch", "{}");
		act(handler, request, "accept", "{}");
		act(handler, request, "reply", "{\"note\":\"已清洗\"}");
		act(gridWorker, request, "verify", "{\"passed\":true}");
		act(operator, request, "close", "{}");
		Response rated = ApiClient.anonymous(port).post("/api/public/cases/" + request + "/rating",
				"{\"phoneLast4\":\"5678\",\"satisfaction\":\"VERY_SATISFIED\"}");
		assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
		assertThat(operator.get("/api/cases/" + request).json().get("satisfaction").asString()).isEqualTo("VERY_SATISFIED");
	}

	private ApiClient handlerOf(ApiClient admin, String department) {
		String username = "handler-" + department.toLowerCase() + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
		Response made = admin.post("/api/directory/accounts", """
				{"username":"%s","displayName":"承办人","password":"long-enough-1","roles":["HANDLER"],"departmentCode":"%s"}
				""".formatted(username, department));
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		return ApiClient.loggedIn(port, username, "long-enough-1");
	}

	@Test
	void badInputIsRefusedWithAProblemAndChangesNothing() {
		double[] p = pointInGridWorkersGrid(2);
		long before = count();
		Response unknownCategory = operator.post("/api/cases", """
				{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"X9999","description":"x","lon":%s,"lat":%s}
				""".formatted(p[0], p[1]));
		Response outside = operator.post("/api/cases", """
				{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"E0102","description":"x","lon":116.404,"lat":39.915}
				""");
		byte[] big = new byte[6 * 1024 * 1024];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		Response oversize = operator.post("/api/cases", """
				{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"E0102","description":"x","lon":%s,"lat":%s,
				 "photos":[{"fileName":"big.jpg","contentType":"image/jpeg","data":"%s"}]}
				""".formatted(p[0], p[1], Base64.getEncoder().encodeToString(big)));
		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.body()).contains("categoryCode");
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body()).contains("outside the city");
		assertThat(oversize.status()).isEqualTo(413);
		assertThat(List.of(unknownCategory, outside, oversize)).allMatch(Response::isProblem);
		assertThat(count()).isEqualTo(before);

		String number = intake(operator, """
				{"channel":"HOTLINE","hotlineType":"REPORT","categoryCode":"E0201","description":"小广告","lon":%s,"lat":%s}
				""".formatted(p[0], p[1]));
		Response closeUndispatched = operator.post("/api/cases/" + number + "/close", "{}");
		assertThat(closeUndispatched.status()).isEqualTo(409);
		assertThat(closeUndispatched.body()).contains("RECEIVED").contains("close");
		Response unknownAction = operator.post("/api/cases/" + number + "/fly", "{}");
		assertThat(unknownAction.status()).isEqualTo(404);
		assertThat(operator.get("/api/cases/" + number).json().get("version").asInt()).isZero();
	}

	@Test
	void ofTwoConcurrentTransitionsOneWinsAndTheOtherGetsAConflict() throws Exception {
		double[] p = pointInGridWorkersGrid(3);
		String number = intake(operator, """
				{"channel":"HOTLINE","hotlineType":"HELP","categoryCode":"E0104","description":"路面油污","lon":%s,"lat":%s}
				""".formatted(p[0], p[1]));
		ApiClient other = ApiClient.loggedIn(port, "operator");
		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> {
			await(start);
			return operator.post("/api/cases/" + number + "/register", "{}");
		});
		CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> {
			await(start);
			// the same verb twice: whichever comes second is refused, whether they overlap (stale
			// version) or not (the case is no longer RECEIVED)
			return other.post("/api/cases/" + number + "/register", "{}");
		});
		List<Integer> statuses = List.of(a.get().status(), b.get().status());
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(operator.get("/api/cases/" + number).json().get("version").asInt()).isEqualTo(1);
		// a stale version is refused as well
		Response stale = operator.post("/api/cases/" + number + "/answer", "{\"note\":\"x\",\"version\":0}");
		assertThat(stale.status()).isIn(409);
	}

	@Test
	void aDuplicateIsSuggestedMergedAndClosedWithItsMaster() {
		double[] p = pointInGridWorkersGrid(4);
		String first = intake(operator, """
				{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"E0502","description":"早市占道经营",
				 "lon":%s,"lat":%s,"reporterPhone":"13700001111"}
				""".formatted(p[0], p[1]));
		Response second = operator.post("/api/cases", """
				{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"E0502","description":"路口占道摆摊",
				 "lon":%s,"lat":%s,"reporterPhone":"13700002222"}
				""".formatted(p[0] + 0.0002, p[1]));
		assertThat(second.json().get("duplicates").findValuesAsString("number")).contains(first);
		String duplicate = second.json().get("case").get("number").asString();
		assertThat(operator.get("/api/cases/" + duplicate + "/duplicates").json().findValuesAsString("number"))
			.contains(first);
		JsonNode merged = act(operator, duplicate, "merge", "{\"target\":\"" + first + "\"}");
		assertThat(merged.get("status").asString()).isEqualTo("MERGED");
		act(operator, first, "register", "{}");
		act(operator, first, "dispatch", "{\"departmentCode\":\"CGJ\"}");
		act(handler, first, "accept", "{}");
		act(handler, first, "reply", "{\"note\":\"已取缔\"}");
		act(operator, first, "verify", "{\"passed\":true}");
		act(operator, first, "close", "{}");
		JsonNode follower = operator.get("/api/cases/" + duplicate).json();
		assertThat(follower.get("status").asString()).isEqualTo("CLOSED");
		assertThat(follower.get("resolution").asString()).isEqualTo("MERGED");
		assertThat(ApiClient.anonymous(port).get("/api/public/cases/" + duplicate + "?phoneLast4=2222").json()
			.get("answer").asString()).isEqualTo("已取缔");
	}

	@Test
	void theSlaSweepCardsAndEscalatesOverdueCasesOnce() {
		double[] p = pointInGridWorkersGrid(5);
		String number = intake(operator, """
				{"channel":"SUPERIOR","categoryCode":"E0303","description":"渣土车遗撒","lon":%s,"lat":%s}
				""".formatted(p[0], p[1]));
		act(operator, number, "register", "{}");
		JsonNode dispatched = act(operator, number, "dispatch", "{}");
		Instant yellow = Instant.parse(dispatched.get("yellowAt").asString());
		Instant due = Instant.parse(dispatched.get("dueAt").asString());
		sweep.sweep(yellow.plusSeconds(1));
		assertThat(operator.get("/api/cases/" + number).json().get("card").asString()).isEqualTo("YELLOW");
		SlaSweep.Result red = sweep.sweep(due.plusSeconds(1));
		assertThat(red.ran()).isTrue();
		JsonNode overdue = operator.get("/api/cases/" + number).json();
		assertThat(overdue.get("card").asString()).isEqualTo("RED");
		assertThat(overdue.get("supervised").asBoolean()).isTrue();
		assertThat(overdue.get("events").findValuesAsString("action")).contains("overdue");
		sweep.sweep(due.plusSeconds(60));
		assertThat(jdbc.sql("select count(*) from cases_escalation e join cases_case c on c.id = e.case_id where c.number = :n")
			.param("n", number).query(Long.class).single()).isEqualTo(1);
		assertThat(operator.get("/api/cases?card=RED&size=500").json().get("content").findValuesAsString("number"))
			.contains(number);
	}

	@Test
	void open311RequestsArePostedAndReadInJsonAndXmlAsTheSpecShowsThem() throws Exception {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		String token = admin.post("/api/directory/tokens", "{\"departmentCode\":\"CGJ\",\"name\":\"open311-app\"}").json()
			.get("token").asString();
		ApiClient app = ApiClient.anonymous(port);
		double[] p = pointInGridWorkersGrid(6);
		String form = "api_key=" + token + "&service_code=E0104&lat=" + p[1] + "&long=" + p[0]
				+ "&address_string=" + enc("中山路 8 号") + "&first_name=" + enc("明") + "&last_name=" + enc("王")
				+ "&phone=13600001234&description=" + enc("路面有大片油污");
		Response posted = app.send("POST", "/open311/v2/requests.json", form, "application/x-www-form-urlencoded");
		assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
		assertThat(posted.contentType()).startsWith("application/json");
		JsonNode created = posted.json().get(0);
		assertThat(fieldNames(created)).containsExactly("service_request_id", "service_notice", "account_id");
		String id = created.get("service_request_id").asString();

		Response postedXml = app.send("POST", "/open311/v2/requests.xml", form, "application/x-www-form-urlencoded");
		Document createdXml = xml(postedXml);
		assertThat(postedXml.contentType()).startsWith("text/xml");
		assertThat(createdXml.getDocumentElement().getTagName()).isEqualTo("service_requests");
		assertThat(children(first(createdXml, "request"))).containsExactly("service_request_id", "service_notice",
				"account_id");

		List<String> requestFields = List.of("service_request_id", "status", "status_notes", "service_name",
				"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
				"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
		JsonNode one = app.get("/open311/v2/requests/" + id + ".json").json().get(0);
		assertThat(fieldNames(one)).containsExactlyElementsOf(requestFields);
		assertThat(one.get("status").asString()).isEqualTo("open");
		assertThat(one.get("service_code").asString()).isEqualTo("E0104");
		assertThat(one.get("description").asString()).isEqualTo("路面有大片油污");
		assertThat(one.get("requested_datetime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
		Document oneXml = xml(app.get("/open311/v2/requests/" + id + ".xml"));
		assertThat(children(first(oneXml, "request"))).containsExactlyElementsOf(requestFields);

		JsonNode list = app.get("/open311/v2/requests.json?service_code=E0104&status=open").json();
		assertThat(list.findValuesAsString("service_request_id")).contains(id);
		assertThat(app.get("/open311/v2/requests.json?status=closed&service_request_id=" + id).json().size()).isEqualTo(1);
		assertThat(app.get("/open311/v2/requests.json?service_code=E0104&status=closed").json()
			.findValuesAsString("service_request_id")).doesNotContain(id);

		JsonNode services = app.get("/open311/v2/services.json").json();
		assertThat(fieldNames(services.get(0))).containsExactly("service_code", "service_name", "description",
				"metadata", "type", "keywords", "group");
		Document servicesXml = xml(app.get("/open311/v2/services.xml"));
		assertThat(servicesXml.getDocumentElement().getTagName()).isEqualTo("services");
		Document definition = xml(app.get("/open311/v2/services/E0104.xml"));
		assertThat(children(definition.getDocumentElement())).containsExactly("service_code", "attributes");

		// errors in the spec's form
		Response badKey = app.send("POST", "/open311/v2/requests.json", form.replace(token, "cty_wrong"),
				"application/x-www-form-urlencoded");
		assertThat(badKey.status()).isEqualTo(403);
		assertThat(fieldNames(badKey.json().get(0))).containsExactly("code", "description");
		assertThat(badKey.json().get(0).get("code").asInt()).isEqualTo(403);
		Response unknownXml = app.get("/open311/v2/services/NOPE.xml");
		assertThat(unknownXml.status()).isEqualTo(404);
		Document errors = xml(unknownXml);
		assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
		assertThat(children(first(errors, "error"))).containsExactly("code", "description");
		assertThat(app.get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z")
			.status()).isEqualTo(400);
		assertThat(app.get("/open311/v2/tokens/123.json").status()).isEqualTo(404);
	}

	@Test
	void theIndicatorsMatchHandComputedCases() {
		// ten cases of a made-up department registered in March 2020, with known outcomes
		String dept = "EVAL" + System.nanoTime() % 100000;
		String t = "2020-03-02T10:00:00+08";
		String due = "2020-03-05T10:00:00+08";
		String late = "2020-03-06T10:00:00+08";
		String early = "2020-03-04T10:00:00+08";
		List<String[]> rows = new ArrayList<>();
		// status, first_replied (null|early|late), closed (null|early|late), rework, extension, satisfaction
		rows.add(new String[] { "CLOSED", early, early, "0", "0", "SATISFIED" });
		rows.add(new String[] { "CLOSED", early, early, "1", "0", "BASICALLY_SATISFIED" });
		rows.add(new String[] { "CLOSED", late, late, "0", "1", "DISSATISFIED" });
		rows.add(new String[] { "CLOSED", early, late, "1", "0", null });
		rows.add(new String[] { "REPLIED", early, null, "0", "0", null });
		rows.add(new String[] { "IN_PROGRESS", null, null, "0", "1", null });
		rows.add(new String[] { "DISPATCHED", null, null, "0", "0", null });
		rows.add(new String[] { "DISPATCHED", null, null, "0", "0", null });
		int i = 0;
		for (String[] r : rows) {
			long id = jdbc.sql("""
					insert into cases_case (number, channel, category_code, description, reported_by, status, department_code,
					  created_at, registered_at, dispatched_at, first_dispatched_at, first_replied_at, replied_at, closed_at,
					  due_at, limit_amount, limit_unit, yellow_at, rework_count, extension_count, satisfaction, updated_at)
					values (:n, 'HOTLINE', 'E0102', 'x', 'test', :s, :d, cast(:t as timestamptz), cast(:t as timestamptz),
					  cast(:t as timestamptz), cast(:t as timestamptz), cast(:r as timestamptz), cast(:r as timestamptz),
					  cast(:c as timestamptz), cast(:due as timestamptz), 3, 'WORKING_DAYS', cast(:due as timestamptz), :w, :e,
					  :sat, now()) returning id
					""").param("n", "2020" + dept + i++).param("s", r[0]).param("d", dept).param("t", t).param("r", r[1])
				.param("c", r[2]).param("due", due).param("w", Integer.parseInt(r[3])).param("e", Integer.parseInt(r[4]))
				.param("sat", r[5]).query(Long.class).single();
			jdbc.sql("insert into cases_event (case_id, at, actor, action, department_code) values (:id, cast(:t as timestamptz), 'op', 'dispatch', :d)")
				.param("id", id).param("t", t).param("d", dept).update();
		}
		// two returns by the department (cases that went elsewhere afterwards), with their dispatches
		for (int k = 0; k < 2; k++) {
			long id = jdbc.sql("select id from cases_case where number = :n").param("n", "2020" + dept + k).query(Long.class).single();
			jdbc.sql("insert into cases_event (case_id, at, actor, action, department_code) values (:id, cast(:t as timestamptz), 'op', 'dispatch', :d), (:id, cast(:t as timestamptz), 'h', 'return', :d)")
				.param("id", id).param("t", t).param("d", dept).update();
		}
		JsonNode result = ApiClient.loggedIn(port, "leader")
			.get("/api/cases/evaluation?from=2020-03-01&to=2020-03-31&groupBy=department").json();
		JsonNode row = null;
		for (JsonNode r : result.get("rows")) {
			if (dept.equals(r.get("key").asString())) {
				row = r;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("registered").asLong()).isEqualTo(8);
		assertThat(row.get("closingRate").asDouble()).isEqualTo(0.5); // 4 closed / 8
		assertThat(row.get("onTimeClosingRate").asDouble()).isEqualTo(0.25); // 2 closed by the due / 8
		assertThat(row.get("handlingRate").asDouble()).isEqualTo(0.625); // 5 replied / 8 dispatched
		assertThat(row.get("onTimeHandlingRate").asDouble()).isEqualTo(0.5); // 4 replied by the due / 8
		assertThat(row.get("reworkRate").asDouble()).isEqualTo(0.4); // 2 reworked / 5 replied
		assertThat(row.get("extensionRate").asDouble()).isEqualTo(0.25); // 2 extended / 8
		assertThat(row.get("returnRate").asDouble()).isEqualTo(0.2); // 2 returns / 10 dispatches
		assertThat(row.get("satisfactionRate").asDouble()).isEqualTo(0.6667); // 2 satisfied / 3 rated

		ApiClient leader = ApiClient.loggedIn(port, "leader");
		Response csv = leader.get("/api/cases/evaluation.csv?from=2020-03-01&to=2020-03-31");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).contains("结案率").contains(dept);
		Response xlsx = leader.get("/api/cases/evaluation.xlsx?from=2020-03-01&to=2020-03-31");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).contains("spreadsheetml");
	}

	@Test
	void repeatedProblemsAtOnePlaceAreFoundAndTheAnalysisAnswers() {
		double[] p = pointInGridWorkersGrid(7);
		List<String> numbers = new ArrayList<>();
		for (int k = 0; k < 3; k++) {
			numbers.add(intake(operator, """
					{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"E0504","description":"沿街晾挂衣物 %d",
					 "lon":%s,"lat":%s}
					""".formatted(k, p[0], p[1])));
		}
		ApiClient leader = ApiClient.loggedIn(port, "leader");
		JsonNode repeated = leader.get("/api/cases/analysis/repeated?metres=50&minCount=3").json();
		assertThat(repeated.findValuesAsString("categoryCode")).contains("E0504");
		assertThat(leader.get("/api/cases/analysis/heatmap").json().size()).isPositive();
		assertThat(leader.get("/api/cases/analysis/top-categories").json().findValuesAsString("code")).isNotEmpty();
		assertThat(leader.get("/api/cases/analysis/trend?interval=day").json().size()).isPositive();
	}

	private long count() {
		return jdbc.sql("select count(*) from cases_case").query(Long.class).single();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private static Document xml(Response response) throws Exception {
		assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
	}

	private static Element first(Document document, String tag) {
		return (Element) document.getElementsByTagName(tag).item(0);
	}

	private static List<String> children(Element element) {
		List<String> names = new ArrayList<>();
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				names.add(e.getTagName());
			}
		}
		return names;
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
