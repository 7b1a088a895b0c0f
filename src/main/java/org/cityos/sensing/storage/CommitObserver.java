package org.cityos.sensing.storage;

import java.util.List;

/**
 * Told, after commit, what a write created (not what it found already stored), so MQTT subscribers
 * of the SensorThings topics see new Observations however they arrived. Runs on the writer's
 * thread: implementations hand off quickly.
 */
public interface CommitObserver {

	void committed(List<NewObservation> observations, List<StoredObservation> stored);
}
