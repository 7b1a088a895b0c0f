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
 * @param receiveMaximum how many QoS 1/2 messages an MQTT 5 client may have unacknowledged at the
 *        embedded broker (HiveMQ's default is 10). Acknowledgements wait for the commit, so this
 *        window divided by the commit round trip bounds a publisher's rate: 100 lets a gateway
 *        send tens of thousands of observations a second, and still bounds what waits in memory
 */
@ConfigurationProperties("cityos.sensing.mqtt")
public record MqttProperties(Boolean enabled, String bindAddress, Integer port, @Nullable String externalUrl,
		@Nullable String externalUsername, @Nullable String externalPassword, Boolean allowAnonymous,
		Integer receiveMaximum) {

	public MqttProperties {
		enabled = enabled == null ? Boolean.TRUE : enabled;
		bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
		port = port == null ? 1883 : port;
		externalUrl = externalUrl == null || externalUrl.isBlank() ? null : externalUrl;
		allowAnonymous = allowAnonymous != null && allowAnonymous;
		receiveMaximum = receiveMaximum == null ? 100 : receiveMaximum;
		if (receiveMaximum < 1 || receiveMaximum > 65_535) {
			throw new IllegalArgumentException("cityos.sensing.mqtt.receive-maximum must lie in 1..65535, not " + receiveMaximum);
		}
	}

	public boolean embedded() {
		return enabled && externalUrl == null;
	}
}
