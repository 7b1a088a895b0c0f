package org.cityos.sensing.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.cityos.sensing.storage.DeadLetters;
import org.cityos.sensing.storage.NewObservation;
import org.cityos.sensing.storage.ObservationChecks;
import org.cityos.sensing.storage.ObservationWriter;
import org.cityos.sensing.storage.RejectedObservation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One MQTT message that creates Observations (one Observation, or an array of them): checked, then
 * handed to the writer with {@link ObservationWriter#submitWhenRoom}; the returned future completes
 * after commit, and only then is the message acknowledged to the publisher — so a full queue slows
 * publishers through MQTT flow control instead of dropping. A refused message becomes a dead letter
 * with its reason and completes at once (acknowledged: resending it would not help).
 */
@Component
class MqttIngest {

	private static final Logger log = LoggerFactory.getLogger(MqttIngest.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ObservationChecks checks;

	private final ObservationWriter writer;

	private final DeadLetters deadLetters;

	MqttIngest(ObservationChecks checks, ObservationWriter writer, DeadLetters deadLetters) {
		this.checks = checks;
		this.writer = writer;
		this.deadLetters = deadLetters;
	}

	CompletableFuture<?> receive(String topic, @Nullable String clientId, byte[] payload) {
		String text = new String(payload, java.nio.charset.StandardCharsets.UTF_8);
		try {
			JsonNode node;
			try {
				node = JSON.readTree(text);
			}
			catch (RuntimeException ex) {
				throw new RejectedObservation("The payload is not JSON");
			}
			List<JsonNode> items = new ArrayList<>();
			if (node != null && node.isArray()) {
				node.forEach(items::add);
			}
			else {
				items.add(node);
			}
			checks.checkBatchSize(items.size());
			Long datastream = ObservationTopics.datastream(topic);
			List<NewObservation> observations = new ArrayList<>(items.size());
			for (JsonNode item : items) {
				observations.add(checks.fromSensorThings(item, datastream));
			}
			return writer.submitWhenRoom(observations).whenComplete((stored, failure) -> {
				if (failure != null) {
					deadLetter(topic, clientId, "Could not be written: " + failure.getMessage(), text);
				}
			});
		}
		catch (RejectedObservation ex) {
			deadLetter(topic, clientId, ex.getMessage(), text);
			return CompletableFuture.completedFuture(null);
		}
	}

	private void deadLetter(String topic, @Nullable String clientId, String reason, String payload) {
		try {
			deadLetters.record("mqtt", topic, clientId, reason, payload);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the refused MQTT message on {} ({}): {}", topic, reason, ex.getMessage());
		}
	}
}
