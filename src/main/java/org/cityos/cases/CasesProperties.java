package org.cityos.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code cityos.cases.*}: the knobs of the cases module.
 *
 * @param duplicateDistanceMetres an open case of the same category this close is a suggested duplicate
 * @param duplicateWindow ... if it was taken in within this time before
 * @param maxPhotoSize largest photo or attachment (413 above)
 * @param maxPhotos most photos per report or reply
 * @param slaSweep how often the SLA sweep runs
 * @param publicReportsPerHour reports one client address may file through the public API per hour (burst: a fifth of it, at least 3)
 * @param publicQueriesPerMinute public follow-up queries per client address per minute
 * @param open311Jurisdiction the jurisdiction_id Open311 clients may send (any other is 404)
 */
@ConfigurationProperties("cityos.cases")
public record CasesProperties(@DefaultValue("100") int duplicateDistanceMetres, @DefaultValue("72h") Duration duplicateWindow,
		@DefaultValue("5MB") DataSize maxPhotoSize, @DefaultValue("6") int maxPhotos, @DefaultValue("60s") Duration slaSweep,
		@DefaultValue("20") int publicReportsPerHour, @DefaultValue("30") int publicQueriesPerMinute,
		@DefaultValue("cityos.local") String open311Jurisdiction) {
}
