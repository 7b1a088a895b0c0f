package org.cityos.sensing.sta;

/**
 * An entity other than an Observation was created through the SensorThings API; published inside
 * the transaction and heard after commit (MQTT publishes it to its topics). Internal to sensing.
 */
public record EntityCreated(EntityType type, long id) {
}
