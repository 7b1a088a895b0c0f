package org.cityos.catalog.collection;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code cityos.catalog.*} for collection.
 *
 * @param maxBatchBytes       largest batch accepted (after gzip decompression); larger ones get 413
 * @param maxBatchRows        most rows in one batch; more get 413
 * @param maxRejectionsKept   problems listed per delivery report; further ones are only counted
 * @param staleDeliveryAfter  a RUNNING delivery without a heartbeat this long is taken as interrupted
 * @param timelinessSweep     how often overdue resources are looked for
 * @param zone                the city's zone: update cycles count in its calendar, birth dates against its today
 */
@ConfigurationProperties("cityos.catalog")
public record CollectionProperties(@DefaultValue("2GB") DataSize maxBatchBytes,
		@DefaultValue("20000000") long maxBatchRows, @DefaultValue("1000000") int maxRejectionsKept,
		@DefaultValue("PT10M") Duration staleDeliveryAfter, @DefaultValue("PT5M") Duration timelinessSweep,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
