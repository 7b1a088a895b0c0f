package org.cityos.sensing.mqtt;

import org.cityos.directory.ApiTokens;
import org.cityos.platform.CityOsProperties;
import org.cityos.sensing.sta.EntityJson;
import org.cityos.sensing.sta.EntityReader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded broker by default; the external one when {@code cityos.sensing.mqtt.external-url} is set; none when disabled. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MqttProperties.class)
class MqttConfiguration {

	@Bean
	@ConditionalOnExpression("${cityos.sensing.mqtt.enabled:true} and '${cityos.sensing.mqtt.external-url:}' == ''")
	EmbeddedBroker embeddedBroker(MqttProperties properties, CityOsProperties city, MqttIngest ingest, ApiTokens tokens) {
		return new EmbeddedBroker(properties, city, ingest, tokens);
	}

	@Bean
	@ConditionalOnExpression("${cityos.sensing.mqtt.enabled:true} and '${cityos.sensing.mqtt.external-url:}' != ''")
	ExternalBroker externalBroker(MqttProperties properties, MqttIngest ingest) {
		return new ExternalBroker(properties, ingest);
	}

	@Bean
	@ConditionalOnExpression("${cityos.sensing.mqtt.enabled:true}")
	MqttPublications mqttPublications(MqttPublications.Outlet outlet, EntityReader reader, EntityJson json) {
		return new MqttPublications(outlet, reader, json);
	}
}
