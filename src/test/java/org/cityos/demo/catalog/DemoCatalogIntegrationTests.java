package org.cityos.demo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityos.platform.ProgressBoard;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo catalog as the small test city loads it: data in every resource, sharing in every state. */
@CityOsIntegrationTest
class DemoCatalogIntegrationTests {

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoLoaded() {
		DemoCityLoaded.await(progress);
	}

	@Test
	void everyDemoResourceHoldsDeliveredRows() {
		for (DemoResource resource : DemoResources.all()) {
			String table = jdbc.sql("""
					select v.data_table from catalog_resource r
					join catalog_resource_version v on v.resource_code = r.code and v.version = r.current_version
					where r.code = :code""").param("code", resource.entry().code().value()).query(String.class).single();
			long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
			assertThat(rows).as(resource.entry().name()).isPositive();
		}
	}

	@Test
	void someDeliveriesRejectRowsAndSomeResourcesAreLate() {
		assertThat(count("select count(*) from catalog_delivery where state = 'PARTIALLY_ACCEPTED'")).isPositive();
		assertThat(count("select count(*) from catalog_delivery where state = 'REJECTED'")).isPositive();
		// Three are made late; other tests sharing the context may deliver fresh batches to some of them.
		assertThat(count("select count(*) from catalog_timeliness where expected_at < now()")).isPositive();
	}

	@Test
	void sharingRequestsAndGrantsAreInEveryState() {
		assertThat(count("select count(*) from catalog_sharing_request where state = 'REQUESTED' and reply_due_at > now()")).isPositive();
		assertThat(count("select count(*) from catalog_sharing_request where state = 'REQUESTED' and reply_due_at < now()")).isPositive();
		assertThat(count("select count(*) from catalog_sharing_request where state = 'APPROVED'")).isPositive();
		assertThat(count("select count(*) from catalog_sharing_request where state = 'REJECTED'")).isPositive();
		assertThat(count("select count(*) from catalog_grant where revoked_at is null and valid_until > now()")).isPositive();
		assertThat(count("select count(*) from catalog_grant where revoked_at is not null")).isPositive();
		assertThat(count("select count(*) from catalog_grant where revoked_at is null and valid_until < now()")).isPositive();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
