package org.cityos.demo.cases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.Channel;
import org.cityos.cases.HistoricCase;
import org.cityos.platform.CityOsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The live demo (demo mode only, {@code cityos.demo.cases-simulator}, default on): every tick
 * ({@code cityos.demo.cases-simulator-tick}, 60 s) it takes in the cases of the time since the
 * last tick at the city's rhythm (about 550 a day × {@code cityos.demo.scale}, more in the
 * morning and afternoon peaks, fewer at night and on rest days; {@code cityos.demo.cases-simulator-speed}
 * multiplies) and moves open cases one step on ({@link CaseMover}), all through the real
 * {@code CaseDesk}, so history, audit, events and the SLA sweep apply.
 * <p>
 * Once across instances: a tick holds a PostgreSQL session advisory lock; the other instances
 * skip it. The time of the last tick is in {@code demo_case_simulation}, so a restart or another
 * instance continues without doubling; after a long stop at most 15 minutes are caught up. Stops
 * with the application: after shutdown begins no new tick starts and a running one stops between
 * cases.
 */
@Component
public class DemoCaseSimulator implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DemoCaseSimulator.class);

	static final double CASES_PER_DAY = 550;

	private static final Duration MAX_CATCH_UP = Duration.ofMinutes(15);

	private final CityOsProperties properties;

	private final boolean enabled;

	private final double speed;

	private final double scale;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final WorkingCalendar calendar;

	private final DemoCases demoCases;

	private final CaseMover mover;

	private volatile boolean running;

	private final SplittableRandom random = new SplittableRandom();

	DemoCaseSimulator(CityOsProperties properties, @Value("${cityos.demo.cases-simulator:true}") boolean enabled,
			@Value("${cityos.demo.cases-simulator-speed:1.0}") double speed,
			@Value("${cityos.demo.scale:1.0}") double scale, JdbcClient jdbc, DataSource dataSource,
			WorkingCalendar calendar, DemoCases demoCases, CaseMover mover) {
		this.properties = properties;
		this.enabled = enabled;
		this.speed = speed;
		this.scale = scale;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.calendar = calendar;
		this.demoCases = demoCases;
		this.mover = mover;
	}

	/** What a tick did; {@code ran} is false when it was not its turn (off, loading, another instance). */
	public record Tick(boolean ran, int received, int moved, int failed) {
	}

	@Scheduled(fixedDelayString = "${cityos.demo.cases-simulator-tick:60s}",
			initialDelayString = "${cityos.demo.cases-simulator-tick:60s}")
	void scheduled() {
		if (!enabled || !properties.demoMode() || !running) {
			return;
		}
		Tick tick = tick(Instant.now().truncatedTo(ChronoUnit.MICROS));
		if (tick.ran() && tick.received() + tick.moved() > 0) {
			log.info("Case simulator: {} new cases, {} steps{}", tick.received(), tick.moved(),
					tick.failed() > 0 ? ", " + tick.failed() + " refused" : "");
		}
	}

	/** One tick as of {@code now} for the time since the last tick (at most 15 minutes), × the speed. */
	public Tick tick(Instant now) {
		return tick(now, null);
	}

	/**
	 * One tick as of {@code now} for {@code simulated} time ({@code null}: the time since the last
	 * tick, × the speed), if the demo city is loaded and no other instance is ticking.
	 */
	public Tick tick(Instant now, @org.jspecify.annotations.Nullable Duration simulated) {
		String state = jdbc.sql("select state from demo_load where id = 1").query(String.class).optional().orElse(null);
		if (!"DONE".equals(state)) {
			return new Tick(false, 0, 0, 0);
		}
		try (Connection lock = dataSource.getConnection()) {
			if (!advisory(lock, "pg_try_advisory_lock")) {
				return new Tick(false, 0, 0, 0);
			}
			try {
				return run(now, simulated);
			}
			finally {
				advisory(lock, "pg_advisory_unlock");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The case simulator could not take its lock", ex);
		}
	}

	private static boolean advisory(Connection connection, String function) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select " + function
						+ "(hashtextextended('cityos.demo.cases-simulator', 0))")) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	private Tick run(Instant now, @org.jspecify.annotations.Nullable Duration asked) {
		Instant last = jdbc.sql("select last_tick_at from demo_case_simulation where id = 1").query(Timestamp.class)
			.optional().map(Timestamp::toInstant).orElse(now.minus(Duration.ofMinutes(1)));
		Duration elapsed = Duration.between(last, now);
		if (asked == null && (elapsed.isNegative() || elapsed.isZero())) {
			return new Tick(true, 0, 0, 0);
		}
		if (elapsed.compareTo(MAX_CATCH_UP) > 0) {
			elapsed = MAX_CATCH_UP;
		}
		jdbc.sql("""
				insert into demo_case_simulation (id, last_tick_at) values (1, :now)
				on conflict (id) do update set last_tick_at = :now
				""").param("now", Timestamp.from(now)).update();
		Duration simulated = asked != null ? asked : Duration.ofMillis((long) (elapsed.toMillis() * speed));
		CaseMover.Outcome taken = receive(now, simulated);
		CaseMover.Outcome moved = mover.advance(now, simulated, random, () -> running);
		return new Tick(true, taken.done(), moved.done(), taken.failed() + moved.failed());
	}

	/** New cases for {@code simulated} time at the rhythm of the hour and the day. */
	private CaseMover.Outcome receive(Instant now, Duration simulated) {
		int hour = now.atZone(calendar.zone()).getHour();
		double[] hours = CaseMix.hours(Channel.HOTLINE);
		double sum = 0;
		for (double h : hours) {
			sum += h;
		}
		double hourFactor = 24 * hours[hour] / sum;
		double dayFactor = calendar.isWorkingDay(LocalDate.ofInstant(now, calendar.zone())) ? 1.1 : 0.7;
		double expected = CASES_PER_DAY * Math.max(scale, 0.02) * hourFactor * dayFactor
				* simulated.toMillis() / Duration.ofDays(1).toMillis();
		int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
		CaseHistoryGenerator generator = generator(now);
		int done = 0;
		int failed = 0;
		for (int i = 0; i < count && (running); i++) {
			HistoricCase drawn = generator.draw(channel(), now, random);
			if (mover.receive(drawn, random)) {
				done++;
			}
			else {
				failed++;
			}
		}
		return new CaseMover.Outcome(done, failed);
	}

	private Channel channel() {
		double r = random.nextDouble();
		for (var share : CaseMix.CHANNEL_SHARES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
			r -= share.getValue();
			if (r < 0) {
				return share.getKey();
			}
		}
		return Channel.HOTLINE;
	}

	private CaseHistoryGenerator generator(Instant now) {
		return new CaseHistoryGenerator(0, now, calendar, mover.places(), mover.desk(), demoCases.rules(), random.nextLong());
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
