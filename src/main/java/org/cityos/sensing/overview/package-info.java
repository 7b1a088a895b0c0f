/**
 * The city's sensors at a glance, from stored data: per-Thing status for the sensor map (latest
 * values, offline, open alert level, the index of its kind) and the indices over time series —
 * hourly and daily AQI per air station and city-wide from the hour rollups, noise L_Aeq per
 * day/night period. Reads only; computed on request with {@code org.cityos.sensing.indices}.
 * <p>
 * Conventions the readings rely on (the demo simulator follows them, gateways should): a Thing's
 * {@code properties.kind} (else its Datastreams' {@code properties.kind}) is one of
 * {@link org.cityos.sensing.overview.SensorKinds}; the ObservedProperty's name names the quantity
 * ({@code PM2_5}, {@code LAEQ}, {@code AMMONIA_NITROGEN}, {@code FLOW}, {@code OCCUPIED}, ...).
 */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing.overview;
