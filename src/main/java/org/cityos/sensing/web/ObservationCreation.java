package org.cityos.sensing.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.cityos.sensing.sta.EntityRow;
import org.cityos.sensing.sta.EntityType;
import org.cityos.sensing.storage.IngestBusyException;
import org.cityos.sensing.storage.NewObservation;
import org.cityos.sensing.storage.ObservationChecks;
import org.cityos.sensing.storage.ObservationWriter;
import org.cityos.sensing.storage.RejectedObservation;
import org.cityos.sensing.storage.StoredObservation;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Observations created over HTTP: one posted as SensorThings JSON, many with the DataArray
 * extension, and the gateways' batches ({@link IngestController}). Each goes through the checks and
 * the observation writer; the answer comes after commit, a writer that cannot keep up answers 503.
 */
@Component
class ObservationCreation {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper JSON = JsonMapper.shared();

	private final ObservationChecks checks;

	private final ObservationWriter writer;

	ObservationCreation(ObservationChecks checks, ObservationWriter writer) {
		this.checks = checks;
		this.writer = writer;
	}

	/**
	 * One Observation, to the given Datastream or the one its body links. Answered from what was
	 * written: reading an Observation back by id probes every monthly partition.
	 */
	EntityRow createOne(JsonNode body, @Nullable Long datastream) {
		NewObservation checked = check(() -> checks.fromSensorThings(body, datastream));
		long id = await(writer.submit(List.of(checked))).get(0).id();
		return written(id, checked);
	}

	/** The DataArray extension: each observation gets its selfLink, or "error" when it was refused. */
	ArrayNode createMany(JsonNode body, String base) {
		if (!body.isArray()) {
			throw new InvalidInputException("CreateObservations takes an array of {Datastream, components, dataArray}");
		}
		List<NewObservation> accepted = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		int index = 0;
		int total = 0;
		for (JsonNode group : body) {
			total += group.path("dataArray").size();
		}
		checkSize(total);
		String[] answers = new String[total];
		for (JsonNode group : body) {
			JsonNode components = group.path("components");
			JsonNode datastream = group.path("Datastream").path("@iot.id");
			for (JsonNode values : group.path("dataArray")) {
				try {
					if (!datastream.canConvertToLong() || !components.isArray() || !values.isArray() || values.size() != components.size()) {
						throw new RejectedObservation("Datastream, components and values do not fit together");
					}
					ObjectNode observation = NODES.objectNode();
					for (int c = 0; c < components.size(); c++) {
						String component = components.get(c).asString("");
						if (component.equals("FeatureOfInterest/id")) {
							observation.putObject("FeatureOfInterest").set("@iot.id", values.get(c));
						}
						else {
							observation.set(component, values.get(c));
						}
					}
					accepted.add(checks.fromSensorThings(observation, datastream.asLong()));
					positions.add(index);
				}
				catch (RejectedObservation ex) {
					answers[index] = "error";
				}
				index++;
			}
		}
		if (!accepted.isEmpty()) {
			List<StoredObservation> stored = await(writer.submit(accepted));
			for (int i = 0; i < stored.size(); i++) {
				answers[positions.get(i)] = base + "/Observations(" + stored.get(i).id() + ")";
			}
		}
		ArrayNode result = NODES.arrayNode();
		for (String answer : answers) {
			result.add(answer);
		}
		return result;
	}

	void checkSize(int size) {
		try {
			checks.checkBatchSize(size);
		}
		catch (RejectedObservation ex) {
			throw new SensingProblems.TooLarge(ex.getMessage());
		}
	}

	/** A gateway's batch, checked whole before: all stored, or none. */
	List<StoredObservation> createBatch(List<NewObservation> observations) {
		// waiting on the request thread keeps the security context of token requests simple
		return await(writer.submit(observations));
	}

	private static NewObservation check(Supplier<NewObservation> check) {
		try {
			return check.get();
		}
		catch (RejectedObservation ex) {
			throw new InvalidInputException(ex.getMessage());
		}
	}

	private static List<StoredObservation> await(CompletableFuture<List<StoredObservation>> future) {
		try {
			return future.get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the observations were written", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RejectedObservation rejected) {
				throw new InvalidInputException(rejected.getMessage());
			}
			throw new IllegalStateException("The observations could not be written: " + ex.getCause().getMessage(), ex);
		}
		catch (TimeoutException ex) {
			throw new IngestBusyException(Duration.ofSeconds(5));
		}
	}

	private static EntityRow written(long id, NewObservation o) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("phenomenonTime", new Instant[] { o.phenomenonTime(), o.phenomenonTimeEnd() });
		values.put("resultTime", o.resultTime());
		values.put("result", o.resultNumber() != null ? o.resultNumber() : JSON.readTree(o.resultJson()));
		values.put("resultQuality", o.resultQuality() == null ? null : JSON.readTree(o.resultQuality()));
		values.put("validTime", o.validTimeStart() == null ? null : new Instant[] { o.validTimeStart(), o.validTimeEnd() });
		values.put("parameters", o.parameters() == null ? null : JSON.readTree(o.parameters()));
		Map<String, Long> keys = new HashMap<>();
		keys.put("datastream_id", o.datastreamId());
		keys.put("feature_of_interest_id", o.featureOfInterestId());
		return new EntityRow(EntityType.OBSERVATION, id, values, keys);
	}
}
