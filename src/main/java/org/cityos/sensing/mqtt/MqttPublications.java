package org.cityos.sensing.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.cityos.sensing.sta.EntityCreated;
import org.cityos.sensing.sta.EntityJson;
import org.cityos.sensing.sta.EntityReader;
import org.cityos.sensing.sta.EntityType;
import org.cityos.sensing.sta.query.QueryOptions;
import org.cityos.sensing.storage.CommitObserver;
import org.cityos.sensing.storage.NewObservation;
import org.cityos.sensing.storage.StoredObservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SensorThings MQTT "receive updates" side: created Observations go to
 * {@code v1.1/Datastreams(id)/Observations} and {@code v1.1/Observations}, other created entities to
 * {@code v1.1/<EntitySet>} (and a Datastream also to {@code v1.1/Things(id)/Datastreams}); the same
 * under {@code v1.0/}. Notifications are QoS 0 and leave the writer's thread through a bounded
 * queue: when subscribers cannot keep up, notifications (not data) are dropped and counted.
 * Observation notifications are built only for topics somebody subscribes to (the embedded broker
 * knows; for an external one every notification is sent).
 */
class MqttPublications implements CommitObserver {

	private static final Logger log = LoggerFactory.getLogger(MqttPublications.class);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Where messages go: the embedded broker or the external one. */
	interface Outlet {

		void publish(String topic, byte[] payload);

		/** Whether anybody could receive a notification; an external broker's subscribers are unknown. */
		default boolean anyWanted() {
			return true;
		}

		default boolean wanted(String topic) {
			return true;
		}
	}

	private final Outlet outlet;

	private final EntityReader reader;

	private final EntityJson json;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000),
			runnable -> {
				Thread thread = new Thread(runnable, "mqtt-publications");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.DiscardPolicy());

	private final AtomicLong dropped = new AtomicLong();

	private volatile String base = "http://localhost:8080";

	MqttPublications(Outlet outlet, EntityReader reader, EntityJson json) {
		this.outlet = outlet;
		this.reader = reader;
		this.json = json;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		base = "http://localhost:" + event.getWebServer().getPort();
	}

	@Override
	public void committed(List<NewObservation> observations, List<StoredObservation> stored) {
		if (!outlet.anyWanted()) {
			return;
		}
		submit(() -> {
			for (int i = 0; i < stored.size(); i++) {
				if (stored.get(i).created()) {
					publishObservation(observations.get(i), stored.get(i));
				}
			}
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void created(EntityCreated created) {
		submit(() -> reader.byId(created.type(), created.id()).ifPresent(row -> {
			for (String version : List.of("v1.1", "v1.0")) {
				String base = this.base + "/sta/" + version;
				byte[] payload = json.entity(row, QueryOptions.none(), base).toString().getBytes(StandardCharsets.UTF_8);
				outlet.publish(version + "/" + created.type().set(), payload);
				if (created.type() == EntityType.DATASTREAM) {
					outlet.publish(version + "/Things(" + row.foreignKeys().get("thing_id") + ")/Datastreams", payload);
				}
			}
		}));
	}

	private void publishObservation(NewObservation o, StoredObservation s) {
		for (String version : List.of("v1.1", "v1.0")) {
			String ofDatastream = version + "/Datastreams(" + o.datastreamId() + ")/Observations";
			String all = version + "/Observations";
			boolean toDatastream = outlet.wanted(ofDatastream);
			boolean toAll = outlet.wanted(all);
			if (!toDatastream && !toAll) {
				continue;
			}
			String self = base + "/sta/" + version + "/Observations(" + s.id() + ")";
			ObjectNode node = NODES.objectNode();
			node.put("@iot.id", s.id());
			node.put("@iot.selfLink", self);
			node.put("phenomenonTime", o.phenomenonTimeEnd() == null ? o.phenomenonTime().toString()
					: o.phenomenonTime() + "/" + o.phenomenonTimeEnd());
			node.put("resultTime", o.resultTime() == null ? null : o.resultTime().toString());
			if (o.resultNumber() != null) {
				node.set("result", EntityJson.value(o.resultNumber()));
			}
			else {
				node.set("result", tools.jackson.databind.json.JsonMapper.shared().readTree(o.resultJson()));
			}
			node.put("Datastream@iot.navigationLink", self + "/Datastream");
			node.put("FeatureOfInterest@iot.navigationLink", self + "/FeatureOfInterest");
			byte[] payload = node.toString().getBytes(StandardCharsets.UTF_8);
			if (toDatastream) {
				outlet.publish(ofDatastream, payload);
			}
			if (toAll) {
				outlet.publish(all, payload);
			}
		}
	}

	private void submit(Runnable task) {
		if (executor.getQueue().remainingCapacity() == 0) {
			if (dropped.incrementAndGet() % 1000 == 1) {
				log.warn("MQTT notifications behind; {} dropped so far (stored data is not affected)", dropped.get());
			}
			return;
		}
		executor.execute(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.debug("MQTT notification failed", ex);
			}
		});
	}
}
