package org.cityos.sensing.mqtt;

import org.jspecify.annotations.Nullable;

/** Where MQTT clients connect for the SensorThings MQTT extension, announced in the service root. */
public interface MqttEndpoint {

	@Nullable String url();
}
