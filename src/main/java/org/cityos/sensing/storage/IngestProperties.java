package org.cityos.sensing.storage;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ingestion and storage settings ({@code cityos.sensing.ingest.*}).
 *
 * @param queueCapacity observations accepted but not yet committed, at most; beyond it HTTP gets 503 and MQTT waits
 * @param flushSize observations written per transaction, at most
 * @param maxBatch observations per request (HTTP batch, CreateObservations, one MQTT message), at most
 * @param maxFuture how far in the future a phenomenon time may lie (clock skew of devices)
 * @param retryAfter what a refused HTTP client is told to wait
 * @param zone the city's time zone: day rollups start at its midnight
 * @param retentionDays raw observations older than this are dropped (rollups stay); 0 keeps them forever
 * @param monthsAhead monthly partitions created ahead of now
 * @param maintenanceInterval how often partitions are created ahead and expired ones dropped
 */
@ConfigurationProperties("cityos.sensing.ingest")
public record IngestProperties(Integer queueCapacity, Integer flushSize, Integer maxBatch, Duration maxFuture,
		Duration retryAfter, ZoneId zone, Integer retentionDays, Integer monthsAhead, Duration maintenanceInterval) {

	public IngestProperties {
		queueCapacity = queueCapacity == null ? 200_000 : queueCapacity;
		flushSize = flushSize == null ? 10_000 : flushSize;
		maxBatch = maxBatch == null ? 50_000 : maxBatch;
		maxFuture = maxFuture == null ? Duration.ofHours(1) : maxFuture;
		retryAfter = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		retentionDays = retentionDays == null ? 400 : retentionDays;
		monthsAhead = monthsAhead == null ? 2 : monthsAhead;
		maintenanceInterval = maintenanceInterval == null ? Duration.ofHours(1) : maintenanceInterval;
	}
}
