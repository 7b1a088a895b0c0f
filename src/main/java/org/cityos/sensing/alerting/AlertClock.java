package org.cityos.sensing.alerting;

import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ticks the engine so that silence (NO_DATA) is noticed without an observation arriving. */
@Component
class AlertClock {

	private final AlertEngine engine;

	AlertClock(AlertEngine engine) {
		this.engine = engine;
	}

	@Scheduled(fixedDelayString = "${cityos.sensing.alerts.tick-interval:PT30S}",
			initialDelayString = "${cityos.sensing.alerts.tick-interval:PT30S}")
	void tick() {
		engine.tick(Instant.now());
	}
}
