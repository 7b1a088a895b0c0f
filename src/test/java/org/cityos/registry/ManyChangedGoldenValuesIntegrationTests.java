package org.cityos.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.Catalog;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A delivery that changes the agreeing sources of many golden values at once (a second source
 * holding every key of the register): the changes outgrow one COPY buffer while the stored values
 * are still being read, and the comparison must still finish (it used to wait on its own
 * connection for ever).
 */
@CityOsIntegrationTest
class ManyChangedGoldenValuesIntegrationTests {

	private static final int PEOPLE = 60_000;

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@Test
	void secondSourceAgreeingOnEveryKeyIsCompared() {
		DemoCityLoaded.await(progress);
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		ResourceCode register = CatalogTestData.uniqueCode();
		ResourceCode copy = CatalogTestData.uniqueCode();
		String registry = "many_" + UUID.randomUUID().toString().substring(0, 8);
		catalog.register(RegistryFixtures.resource(register, "测试人口登记", "GAJ", items()), RegistryFixtures.BUREAU);
		catalog.register(RegistryFixtures.resource(copy, "测试人口副本", "RSJ", items()), RegistryFixtures.BUREAU);
		Response defined = admin.post("/api/registry/definitions", """
				{"name":"%s","label":"测试大人口库","keyAttribute":"id_number","keyLabel":"公民身份号码","keyResource":"%s",
				 "keyItem":"id_number","attributes":[
				  {"name":"name","label":"姓名","kind":"TEXT","sources":[
				    {"resource":"%s","keyItem":"id_number","item":"name","authoritative":true},
				    {"resource":"%s","keyItem":"id_number","item":"name","authoritative":false}]}]}
				""".formatted(registry, register, register, copy));
		assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
		StringBuilder csv = new StringBuilder("id_number,name\n");
		for (int i = 0; i < PEOPLE; i++) {
			csv.append(id(i)).append(",测试").append(i).append('\n');
		}

		RegistryFixtures.deliver(catalog, jdbc, register, DeliveryMode.FULL, csv.toString());
		assertThat(agreeing(registry, id(7))).isEqualTo(register.value());
		RegistryFixtures.deliver(catalog, jdbc, copy, DeliveryMode.FULL, csv.toString());

		assertThat(agreeing(registry, id(7))).isEqualTo(String.join(",", List.of(register.value(), copy.value()).stream()
			.sorted().toList()));
		assertThat(jdbc.sql("select count(*) from registry_golden_value where registry = :r and cardinality(agreeing_sources) = 2")
			.param("r", registry).query(Long.class).single()).isEqualTo(2L * PEOPLE);
	}

	private String agreeing(String registry, String key) {
		return jdbc.sql("""
				select array_to_string(agreeing_sources, ',') from registry_golden_value
				where registry = :r and key = :k and attribute = 'name'""").param("r", registry).param("k", key)
			.query(String.class).single();
	}

	private static String id(int i) {
		return CatalogTestData.citizenId("610302", LocalDate.of(1950, 1, 1).plusDays(i / 1000), i % 1000);
	}

	private static List<InformationItem> items() {
		return List.of(
				new InformationItem("id_number", "身份证号", ItemType.STRING, true, true, IdentifierKind.CITIZEN_ID,
						Sensitivity.PERSONAL),
				new InformationItem("name", "姓名", ItemType.STRING, true, false, IdentifierKind.NONE, Sensitivity.PERSONAL));
	}
}
