package org.cityos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cityos.CityOsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The storage promises: data survives a restart, and an external PostgreSQL is used when configured. */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestartOfTheEmbeddedDatabase() {
		try (ConfigurableApplicationContext first = start("--cityos.data-dir=" + dataDir)) {
			first.getBean(JdbcClient.class)
				.sql("insert into directory_department (code, name, kind) values ('KEEP', '重启测试局', 'OTHER')").update();
		}
		try (ConfigurableApplicationContext second = start("--cityos.data-dir=" + dataDir)) {
			assertThat(second.getBean(JdbcClient.class)
				.sql("select name from directory_department where code = 'KEEP'").query(String.class).single())
				.isEqualTo("重启测试局");
		}
	}

	@Test
	void usesAnExternalPostgresqlWhenConfigured() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external"))
			.setCleanDataDirectory(true).start();
				ConfigurableApplicationContext app = start("--cityos.data-dir=" + dataDir.resolve("unused"),
						"--cityos.db.url=" + external.getJdbcUrl("postgres", "postgres"), "--cityos.db.user=postgres",
						"--cityos.db.password=postgres")) {
			assertThat(app.getBean(JdbcClient.class).sql("select count(*) from flyway_schema_history").query(Long.class).single())
				.isPositive();
			try (var connection = external.getPostgresDatabase().getConnection();
					var result = connection.createStatement().executeQuery("select count(*) from directory_account")) {
				result.next();
				assertThat(result.getLong(1)).as("the first admin was created in the external database").isEqualTo(1);
			}
			assertThat(dataDir.resolve("unused").resolve("postgres")).doesNotExist();
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--server.port=0";
		all[args.length + 1] = "--cityos.demo=false";
		// no broker: its extension services are static, and this context is closed while others run
		all[args.length + 2] = "--cityos.sensing.mqtt.enabled=false";
		return new SpringApplicationBuilder(CityOsApplication.class).run(all);
	}
}
