package org.cityos.sensing.mqtt;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;

/**
 * Instead of the embedded broker: CityOS subscribes (shared subscription {@code $share/cityos/...},
 * so several instances split the load) to the Observation topics of an external broker, with manual
 * acknowledgement after commit and a small receive maximum, so the broker's flow control holds back
 * messages while the writer is behind. Created entities are published there too.
 */
class ExternalBroker implements SmartLifecycle, MqttEndpoint, MqttPublications.Outlet {

	private static final Logger log = LoggerFactory.getLogger(ExternalBroker.class);

	private final MqttProperties properties;

	private final MqttIngest ingest;

	private @Nullable Mqtt5AsyncClient client;

	private volatile boolean running;

	ExternalBroker(MqttProperties properties, MqttIngest ingest) {
		this.properties = properties;
		this.ingest = ingest;
	}

	@Override
	public void start() {
		URI uri = URI.create(properties.externalUrl());
		var builder = Mqtt5Client.builder().identifier("cityos-" + UUID.randomUUID()).serverHost(uri.getHost())
			.serverPort(uri.getPort() > 0 ? uri.getPort() : 1883).automaticReconnectWithDefaultConfig();
		if (uri.getScheme() != null && (uri.getScheme().equals("ssl") || uri.getScheme().equals("mqtts"))) {
			builder = builder.sslWithDefaultConfig();
		}
		Mqtt5AsyncClient mqtt = builder.buildAsync();
		var connect = mqtt.connectWith().cleanStart(false).restrictions().receiveMaximum(64).applyRestrictions();
		if (properties.externalUsername() != null) {
			connect = connect.simpleAuth().username(properties.externalUsername())
				.password(String.valueOf(properties.externalPassword()).getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
		}
		connect.send().join();
		for (String filter : new String[] { "$share/cityos/v1.1/+/Observations", "$share/cityos/v1.0/+/Observations",
				"$share/cityos/v1.1/Observations", "$share/cityos/v1.0/Observations" }) {
			mqtt.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE)
				.callback(publish -> {
					String topic = publish.getTopic().toString();
					if (!ObservationTopics.creates(topic)) {
						publish.acknowledge();
						return;
					}
					ingest.receive(topic, null, publish.getPayloadAsBytes()).whenComplete((ignored, failure) -> publish.acknowledge());
				})
				.manualAcknowledgement(true).send().join();
		}
		client = mqtt;
		running = true;
		log.info("Subscribed to Observation topics at the external MQTT broker {}", properties.externalUrl());
	}

	@Override
	public void stop() {
		running = false;
		if (client != null) {
			client.disconnect().join();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 3072;
	}

	@Override
	public @Nullable String url() {
		return properties.externalUrl();
	}

	@Override
	public void publish(String topic, byte[] payload) {
		if (running && client != null) {
			client.publishWith().topic(topic).qos(MqttQos.AT_MOST_ONCE).payload(payload).send();
		}
	}
}
