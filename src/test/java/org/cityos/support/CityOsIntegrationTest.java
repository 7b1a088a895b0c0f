package org.cityos.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a real port with its own embedded PostgreSQL in a fresh directory,
 * and the demo city loading. Test classes carrying only this annotation share one context (and
 * one database), so tests use unique names for what they create.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cityos.data-dir=target/test-data/${random.uuid}", "cityos.demo=true", "cityos.demo.scale=0.02",
				"cityos.sensing.mqtt.port=0", "cityos.demo.cases-simulator=false", "cityos.demo.sensors=false" })
public @interface CityOsIntegrationTest {
}
