package org.cityos.sensing.mqtt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cityos.directory.ApiTokens;
import org.cityos.directory.TokenAdministration;
import org.cityos.platform.CityOsProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.subscribe.SubscribeInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;

/**
 * The embedded HiveMQ Community Edition broker (MQTT 3.1.1 and 5), bound to loopback by default,
 * its files under {@code dataDir/mqtt}. An extension registered in code:
 * <ul>
 * <li>authenticates: the CONNECT password is a CityOS API token (any user name); anonymous clients
 * only when {@code allow-anonymous} is set;</li>
 * <li>intercepts publishes to {@code v1.x/Datastreams(id)/Observations} and {@code v1.x/Observations}:
 * the message is not delivered as such, it becomes Observations through {@link MqttIngest}, and the
 * interceptor stays asynchronous until they are committed — HiveMQ acknowledges (PUBACK) only then,
 * so a client's in-flight window (receive maximum) throttles it when the writer is behind;</li>
 * <li>other topics behave as plain MQTT (subscribers get the created entities from {@link MqttPublications}).</li>
 * </ul>
 * Started after and stopped before the observation writer.
 */
class EmbeddedBroker implements SmartLifecycle, MqttEndpoint, MqttPublications.Outlet {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

	private final MqttProperties properties;

	private final Path folder;

	private final MqttIngest ingest;

	private final ApiTokens tokens;

	/** Renewed by a start after a stop: a stopped context (a restart, a paused test context) starts the broker again. */
	private volatile ExecutorService authentication = authenticationPool();

	private final SubscribedTopics subscribed = new SubscribedTopics(Duration.ofSeconds(30).toNanos());

	private @Nullable EmbeddedHiveMQ broker;

	private volatile int port;

	private volatile boolean running;

	EmbeddedBroker(MqttProperties properties, CityOsProperties city, MqttIngest ingest, ApiTokens tokens) {
		this.properties = properties;
		this.folder = city.dataDir().resolve("mqtt");
		this.ingest = ingest;
		this.tokens = tokens;
	}

	@Override
	public void start() {
		try {
			if (authentication.isShutdown()) {
				authentication = authenticationPool();
			}
			port = properties.port() == 0 ? freePort() : properties.port();
			Files.createDirectories(folder.resolve("conf"));
			Files.createDirectories(folder.resolve("data"));
			Files.createDirectories(folder.resolve("extensions"));
			Files.writeString(folder.resolve("conf").resolve("config.xml"), """
					<?xml version="1.0"?>
					<hivemq>
					  <listeners>
					    <tcp-listener><port>%d</port><bind-address>%s</bind-address></tcp-listener>
					  </listeners>
					  <mqtt>
					    <receive-maximum><server-receive-maximum>%d</server-receive-maximum></receive-maximum>
					  </mqtt>
					  <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
					</hivemq>
					""".formatted(port, properties.bindAddress(), properties.receiveMaximum()));
			EmbeddedExtension extension = EmbeddedExtension.builder().withId("cityos-sensing").withName("CityOS sensing")
				.withVersion("1").withPriority(1000).withStartPriority(1000).withExtensionMain(new Main()).build();
			broker = EmbeddedHiveMQ.builder().withConfigurationFolder(folder.resolve("conf"))
				.withDataFolder(folder.resolve("data")).withExtensionsFolder(folder.resolve("extensions"))
				.withEmbeddedExtension(extension).withoutLoggingBootstrap().build();
			broker.start().join();
			running = true;
			log.info("Embedded MQTT broker (HiveMQ CE) listening on {}:{}", properties.bindAddress(), port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the embedded MQTT broker in " + folder, ex);
		}
	}

	@Override
	public void stop() {
		running = false;
		if (broker != null) {
			try {
				broker.stop().join();
				broker.close();
			}
			catch (Exception ex) {
				log.warn("The embedded MQTT broker did not stop cleanly", ex);
			}
		}
		authentication.shutdownNow();
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
		return "mqtt://" + properties.bindAddress() + ":" + port;
	}

	public int port() {
		return port;
	}

	@Override
	public boolean anyWanted() {
		return subscribed.any();
	}

	@Override
	public boolean wanted(String topic) {
		return subscribed.wanted(topic);
	}

	@Override
	public void publish(String topic, byte[] payload) {
		if (running) {
			Services.publishService().publish(Builders.publish().topic(topic).qos(Qos.AT_MOST_ONCE)
				.payload(ByteBuffer.wrap(payload)).build());
		}
	}

	private static ExecutorService authenticationPool() {
		return Executors.newFixedThreadPool(2, runnable -> {
			Thread thread = new Thread(runnable, "mqtt-authentication");
			thread.setDaemon(true);
			return thread;
		});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private boolean tokenValid(@Nullable ByteBuffer password) {
		if (password == null) {
			return false;
		}
		String secret = StandardCharsets.UTF_8.decode(password.duplicate()).toString();
		if (!secret.startsWith(TokenAdministration.TOKEN_PREFIX) || secret.length() > 100) {
			return false;
		}
		return tokens.findByHash(TokenAdministration.hash(secret)).map(token -> token.usableAt(Instant.now())).orElse(false);
	}

	private final class Main implements ExtensionMain {

		@Override
		public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
			SimpleAuthenticator authenticator = (auth, result) -> {
				ByteBuffer password = auth.getConnectPacket().getPassword().orElse(null);
				if (password == null && properties.allowAnonymous()) {
					result.authenticateSuccessfully();
					return;
				}
				Async<SimpleAuthOutput> async = result.async(Duration.ofSeconds(10), TimeoutFallback.FAILURE);
				authentication.execute(() -> {
					try {
						if (tokenValid(password)) {
							async.getOutput().authenticateSuccessfully();
						}
						else {
							async.getOutput().failAuthentication("Send a CityOS API token as the MQTT password");
						}
					}
					catch (RuntimeException ex) {
						async.getOutput().failAuthentication("Could not check the token");
					}
					finally {
						async.resume();
					}
				});
			};
			Services.securityRegistry().setAuthenticatorProvider(provider -> authenticator);
			PublishInboundInterceptor interceptor = (in, out) -> {
				String topic = in.getPublishPacket().getTopic();
				if (!ObservationTopics.creates(topic)) {
					return;
				}
				byte[] payload = in.getPublishPacket().getPayload().map(buffer -> {
					byte[] bytes = new byte[buffer.remaining()];
					buffer.duplicate().get(bytes);
					return bytes;
				}).orElse(new byte[0]);
				Async<PublishInboundOutput> async = out.async(Duration.ofMinutes(5), TimeoutFallback.FAILURE,
						AckReasonCode.IMPLEMENTATION_SPECIFIC_ERROR, "Observation not written in time");
				async.getOutput().preventPublishDelivery();
				String client = in.getClientInformation().getClientId();
				try {
					ingest.receive(topic, client, payload).whenComplete((ignored, failure) -> async.resume());
				}
				catch (RuntimeException ex) {
					log.warn("MQTT observation on {} failed", topic, ex);
					async.resume();
				}
			};
			SubscribeInboundInterceptor subscriptions = (in, out) -> in.getSubscribePacket().getSubscriptions()
				.forEach(subscription -> subscribed.seen(subscription.getTopicFilter()));
			Services.initializerRegistry().setClientInitializer((initializer, client) -> {
				client.addPublishInboundInterceptor(interceptor);
				client.addSubscribeInboundInterceptor(subscriptions);
			});
			rereading = Services.extensionExecutorService().scheduleWithFixedDelay(this::readSubscriptions, 10, 10, TimeUnit.SECONDS);
		}

		private java.util.concurrent.@Nullable ScheduledFuture<?> rereading;

		/** Confirms the filters still held (sessions gone or unsubscribed drop out after the grace period). */
		private void readSubscriptions() {
			long started = System.nanoTime();
			Services.subscriptionStore()
				.iterateAllSubscriptions((context, client) -> client.getSubscriptions()
					.forEach(subscription -> subscribed.seen(subscription.getTopicFilter())), Runnable::run)
				.thenRun(() -> subscribed.forgetUnseen(started));
		}

		@Override
		public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
			// before the broker's executors go: an iteration started during shutdown fails inside HiveMQ
			if (rereading != null) {
				rereading.cancel(false);
			}
		}
	}
}
