package org.cityos.demo.sensing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.cityos.platform.CityOsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The live sensors (demo mode only, {@code cityos.demo.sensors}, default on): every tick
 * ({@code cityos.demo.sensors-tick}, 60 s) one reading per datastream per minute since the last
 * tick (at most 15 minutes are caught up after a stop), by the same patterns and incidents as the
 * back-fill, submitted through the sensing module's {@code SensorRegistry} and durable when the
 * tick ends. Starts once the back-fill is done.
 * <p>
 * Once across instances: a tick holds a PostgreSQL session advisory lock and the other instances
 * skip it; the last tick's minute is in {@code demo_sensor_simulation}. Stops with the
 * application: after shutdown begins no tick starts and a running one stops between minutes.
 */
@Component
class DemoSensorSimulator implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DemoSensorSimulator.class);

	private static final Duration MAX_CATCH_UP = Duration.ofMinutes(15);

	private final CityOsProperties properties;

	private final DemoSensing sensing;

	private final SimulatedSensors sensors;

	private final DataSource dataSource;

	private volatile boolean running;

	DemoSensorSimulator(CityOsProperties properties, DemoSensing sensing, SimulatedSensors sensors, DataSource dataSource) {
		this.properties = properties;
		this.sensing = sensing;
		this.sensors = sensors;
		this.dataSource = dataSource;
	}

	@Scheduled(fixedDelayString = "${cityos.demo.sensors-tick:60s}", initialDelayString = "${cityos.demo.sensors-tick:60s}")
	void scheduled() {
		if (!sensing.enabled() || !properties.demoMode() || !running) {
			return;
		}
		long readings = tick(Instant.now());
		if (readings > 0) {
			log.debug("Sensor simulator: {} readings", readings);
		}
	}

	/** Readings for the minutes since the last tick up to {@code now}'s minute; -1 when it was not this instance's turn. */
	long tick(Instant now) {
		SimulatedSensors.Simulation simulation = sensors.simulation().orElse(null);
		if (simulation == null || simulation.backfilledUntil() == null) {
			return -1;
		}
		try (Connection lock = dataSource.getConnection()) {
			if (!advisory(lock, "pg_try_advisory_lock")) {
				return -1;
			}
			try {
				return run(now.truncatedTo(ChronoUnit.MINUTES));
			}
			finally {
				advisory(lock, "pg_advisory_unlock");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The sensor simulator could not take its lock", ex);
		}
	}

	private long run(Instant minute) {
		// read again under the lock: another instance may just have ticked
		SimulatedSensors.Simulation simulation = sensors.simulation().orElseThrow();
		Instant last = simulation.lastTickAt() == null ? minute.minus(Duration.ofMinutes(1)) : simulation.lastTickAt();
		if (!minute.isAfter(last)) {
			return 0;
		}
		Instant from = last.plus(Duration.ofMinutes(1));
		if (Duration.between(from, minute).compareTo(MAX_CATCH_UP) > 0) {
			from = minute.minus(MAX_CATCH_UP);
		}
		List<DemoSensor> fleet = sensors.all();
		long count = sensing.submit(fleet, simulation.incidents(), from, minute, Duration.ofMinutes(1), n -> {
		}, () -> running);
		sensors.ticked(minute);
		return count;
	}

	private static boolean advisory(Connection connection, String function) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select " + function + "(hashtextextended('cityos.demo.sensors', 0))")) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
