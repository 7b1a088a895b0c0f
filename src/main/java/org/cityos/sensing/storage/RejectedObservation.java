package org.cityos.sensing.storage;

/** An observation refused before queueing, with the reason for the sender (HTTP answer or MQTT dead letter). */
public class RejectedObservation extends RuntimeException {

	public RejectedObservation(String reason) {
		super(reason, null, false, false);
	}
}
