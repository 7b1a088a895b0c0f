package org.cityos.catalog.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cityos.catalog.CatalogTestData;
import org.cityos.catalog.CatalogTestData.Spec;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.Sensitivity;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
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

/** Open data read by nobody in particular, and the catalog's DCAT-AP export parsed back with Apache Jena. */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIntegrationTests {

	private static final String EU = "http://publications.europa.eu/resource/authority/";

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	private Spec parking;

	private Spec restricted;

	private ApiClient anybody;

	@BeforeAll
	void openAndClosedResources() {
		DemoCityLoaded.await(progress);
		CatalogTestData data = new CatalogTestData(jdbc);
		parking = new Spec(CatalogTestData.uniqueCode(), "公共停车场\"P+R\"\\泊位信息", "JTYSJ", List.of(
				new InformationItem("lot_id", "停车场编号", ItemType.STRING, true, true, null, Sensitivity.PUBLIC),
				new InformationItem("lot_name", "停车场名称", ItemType.STRING, true, false, null, Sensitivity.PUBLIC),
				new InformationItem("capacity", "泊位数", ItemType.INTEGER, false, false, null, Sensitivity.PUBLIC),
				new InformationItem("manager_phone", "管理员电话", ItemType.STRING, false, false, IdentifierKind.PHONE,
						Sensitivity.PERSONAL)),
				SharingType.UNCONDITIONAL, null, OpenType.UNCONDITIONAL, Subject.SPATIAL, UpdateCycle.REALTIME);
		data.insert(data.register(parking), List.of(
				Map.of("lot_id", "P001", "lot_name", "市民中心停车场", "capacity", 420L, "manager_phone", "13800001111"),
				Map.of("lot_id", "P002", "lot_name", "火车站北广场停车场", "capacity", 900L, "manager_phone", "13800002222")));
		restricted = Spec.population("GAJ").sharing(SharingType.NOT_SHARED, "《中华人民共和国居民身份证法》第十三条")
			.named("人口户籍迁移明细");
		data.register(restricted);
		anybody = ApiClient.anonymous(port);
	}

	@Test
	void openResourcesAreListedWithoutLoginAndWithoutPersonalItems() {
		Response listed = anybody.get("/open/resources");

		assertThat(listed.status()).isEqualTo(200);
		JsonNode entry = listed.json().values().stream().filter(r -> r.get("code").asString().equals(parking.code().value()))
			.findFirst().orElseThrow();
		assertThat(entry.get("providerName").asString()).isEqualTo("交通运输局");
		assertThat(entry.get("items").findValuesAsString("name")).containsExactly("lot_id", "lot_name", "capacity");
		assertThat(entry.get("recordsUrl").asString()).isEqualTo("/open/resources/" + parking.code().value() + "/records");
		assertThat(listed.json().findValuesAsString("code")).doesNotContain(restricted.code().value());
	}

	@Test
	void openRecordsAreReadWithoutLoginAndNeverShowPersonalItems() {
		String path = "/open/resources/" + parking.code().value() + "/records";

		Response all = anybody.get(path);
		Response filtered = anybody.get(path + "?capacity.gte=500");

		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().get("content").values()).hasSize(2).noneMatch(r -> r.has("manager_phone"));
		assertThat(all.body()).doesNotContain("13800001111").doesNotContain("1111");
		assertThat(filtered.json().get("content").findValuesAsString("lot_id")).containsExactly("P002");
		assertThat(anybody.get(path + "?manager_phone=13800001111").status()).isEqualTo(400);
		assertThat(anybody.get(path + "?items=manager_phone").status()).isEqualTo(400);
		Response tooDeep = anybody.get(path + "?page=100000&size=100");
		assertThat(tooDeep.status()).isEqualTo(400);
		assertThat(tooDeep.json().get("detail").asString()).contains("page");
		assertThat(anybody.get("/open/resources/" + restricted.code().value() + "/records").status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from audit_entry where target = :code").param("code", parking.code().value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void catalogInTurtleIsDcatApWithAccessRightsAndChineseTitles() {
		Response turtle = anybody.get("/open/catalog.ttl");
		assertThat(turtle.status()).isEqualTo(200);
		assertThat(turtle.contentType()).startsWith("text/turtle");
		Model model = RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel();
		String base = "http://localhost:" + port;

		Resource catalog = model.getResource(base + "/open/catalog");
		assertThat(model.contains(catalog, RDF.type, DCAT.Catalog)).isTrue();
		assertThat(catalog.getPropertyResourceValue(DCTerms.publisher).getProperty(model.createProperty("http://xmlns.com/foaf/0.1/name"))
			.getLiteral().getString()).isEqualTo("大数据管理局");

		Resource open = model.getResource(base + "/open/resources/" + parking.code().value());
		assertThat(model.contains(catalog, DCAT.dataset, open)).isTrue();
		assertThat(model.contains(open, RDF.type, DCAT.Dataset)).isTrue();
		Literal title = literal(open, DCTerms.title);
		assertThat(title.getString()).isEqualTo("公共停车场\"P+R\"\\泊位信息");
		assertThat(title.getLanguage()).isEqualTo("zh");
		assertThat(literal(open, DCTerms.identifier).getString()).isEqualTo(parking.code().value());
		assertThat(iri(open, DCTerms.accessRights)).isEqualTo(EU + "access-right/PUBLIC");
		assertThat(iri(open, DCTerms.accrualPeriodicity)).isEqualTo(EU + "frequency/UPDATE_CONT");
		assertThat(iri(open, DCAT.theme)).isEqualTo(EU + "data-theme/REGI");
		assertThat(literal(open, DCAT.keyword).getString()).isEqualTo("空间地理");
		assertThat(literal(open.getPropertyResourceValue(DCTerms.publisher), model.createProperty("http://xmlns.com/foaf/0.1/name"))
			.getString()).isEqualTo("交通运输局");
		Resource distribution = open.getPropertyResourceValue(DCAT.distribution);
		assertThat(model.contains(distribution, RDF.type, DCAT.Distribution)).isTrue();
		assertThat(iri(distribution, DCAT.accessURL)).isEqualTo(base + "/open/resources/" + parking.code().value() + "/records");

		Resource closed = model.getResource(base + "/open/resources/" + restricted.code().value());
		assertThat(iri(closed, DCTerms.accessRights)).isEqualTo(EU + "access-right/NON_PUBLIC");
		assertThat(closed.hasProperty(DCAT.distribution)).isFalse();
		assertThat(literal(closed.getPropertyResourceValue(DCTerms.rights), RDFS.label).getString())
			.contains("不予共享").contains("居民身份证法");
	}

	@Test
	void catalogInJsonLdHoldsTheSameTriplesAsTheTurtle() {
		Response jsonLd = anybody.get("/open/catalog.jsonld");
		assertThat(jsonLd.status()).isEqualTo(200);
		assertThat(jsonLd.contentType()).startsWith("application/ld+json");

		Model fromJsonLd = RDFParser.fromString(jsonLd.body(), Lang.JSONLD).toModel();
		Model fromTurtle = RDFParser.fromString(anybody.get("/open/catalog.ttl").body(), Lang.TURTLE).toModel();

		assertThat(fromJsonLd.size()).isGreaterThan(20);
		assertThat(fromJsonLd.isIsomorphicWith(fromTurtle)).isTrue();
	}

	private static Literal literal(Resource subject, Property property) {
		RDFNode value = subject.getProperty(property).getObject();
		return value.asLiteral();
	}

	private static String iri(Resource subject, Property property) {
		return subject.getProperty(property).getObject().asResource().getURI();
	}
}
