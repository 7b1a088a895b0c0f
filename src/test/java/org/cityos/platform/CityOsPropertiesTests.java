package org.cityos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cityos.platform.CityOsProperties.Db;
import org.junit.jupiter.api.Test;

class CityOsPropertiesTests {

	private static final Db EMBEDDED = new Db(null, null, null);

	private static final Db EXTERNAL = new Db("jdbc:postgresql://db:5432/cityos", "cityos", "secret");

	@Test
	void demoIsOnByDefaultOnlyWithTheEmbeddedDatabase() {
		assertThat(new CityOsProperties(Path.of("data"), EMBEDDED, null, null).demoMode()).isTrue();
		assertThat(new CityOsProperties(Path.of("data"), EXTERNAL, null, null).demoMode())
			.as("a production database never gets the demo accounts' known passwords by default").isFalse();
	}

	@Test
	void anExplicitDemoSettingWins() {
		assertThat(new CityOsProperties(Path.of("data"), EXTERNAL, true, null).demoMode()).isTrue();
		assertThat(new CityOsProperties(Path.of("data"), EMBEDDED, false, null).demoMode()).isFalse();
	}

	@Test
	void blankTileUrlMeansNone() {
		assertThat(new CityOsProperties(null, null, null, " ").tileUrl()).isNull();
		assertThat(new CityOsProperties(null, null, null, null).dataDir()).isEqualTo(Path.of("data"));
	}
}
