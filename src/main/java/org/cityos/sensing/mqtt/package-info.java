/**
 * MQTT: the embedded HiveMQ broker (or a subscription to an external broker), Observations published
 * to {@code v1.1/Datastreams(id)/Observations} go to the writer, created entities are published to
 * their SensorThings topics.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing.mqtt;
