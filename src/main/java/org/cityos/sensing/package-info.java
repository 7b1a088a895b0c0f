/**
 * City sensing: sensors, observations and early warning (OGC SensorThings API, HTTP and MQTT
 * ingestion, time series, environmental indices, alert rules and alerts).
 */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing;
