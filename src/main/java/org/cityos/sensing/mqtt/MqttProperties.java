package org.cityos.sensing.mqtt;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * MQTT settings ({@code cityos.sensing.mqtt.*}).
 *
 * @param enabled whether CityOS speaks MQTT at all
 * @param bindAddress where the embedded broker listens; loopback by default (put a TLS proxy or an external broker in front)
 * @param port the embedded broker's port; 0 picks a free one
 * @param externalUrl {@code tcp://host:port} of an external broker to subscribe to instead of running one
 * @param externalUsername user name at the external broker
 * @param externalPassword password at the external broker
 * @param allowAnonymous whether clients without an API token may connect to the embedded broker
 */
@ConfigurationProperties("cityos.sensing.mqtt")
public record MqttProperties(Boolean enabled, String bindAddress, Integer port, @Nullable String externalUrl,
		@Nullable String externalUsername, @Nullable String externalPassword, Boolean allowAnonymous) {

	public MqttProperties {
		enabled = enabled == null ? Boolean.TRUE : enabled;
		bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
		port = port == null ? 1883 : port;
		externalUrl = externalUrl == null || externalUrl.isBlank() ? null : externalUrl;
		allowAnonymous = allowAnonymous != null && allowAnonymous;
	}

	public boolean embedded() {
		return enabled && externalUrl == null;
	}
}
