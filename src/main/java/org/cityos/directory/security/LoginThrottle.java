package org.cityos.directory.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per username: the first {@value #FREE_FAILURES} failures cost
 * nothing, then each further failure locks the name for twice as long as the last, from
 * 15 seconds up to 15 minutes. A success clears the record; an hour without failures forgets it.
 * Kept in the database, so every instance sees the same count.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	private static final Duration FIRST_LOCK = Duration.ofSeconds(15);

	private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	private static final Duration MEMORY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	@Autowired
	LoginThrottle(JdbcClient jdbc) {
		this(jdbc, Clock.systemUTC());
	}

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How long the caller must still wait before trying this username again; zero if not locked.
	 * Must run in the transaction that then records the outcome: it locks the name's row, so
	 * parallel guesses for one name are checked one after another, each seeing the last's failure.
	 */
	Duration lockAndWaitFor(String username) {
		Instant now = clock.instant();
		jdbc.sql("insert into directory_login_throttle (username, failures, last_failure_at) values (:u, 0, :now) "
				+ "on conflict (username) do nothing")
			.param("u", key(username)).param("now", Timestamp.from(now)).update();
		return jdbc.sql("select locked_until from directory_login_throttle where username = :u for update")
			.param("u", key(username)).query(Timestamp.class).optional()
			.map(Timestamp::toInstant)
			.filter(now::isBefore)
			.map(until -> Duration.between(now, until))
			.orElse(Duration.ZERO);
	}

	void failed(String username) {
		Instant now = clock.instant();
		int failures = jdbc.sql("""
				insert into directory_login_throttle (username, failures, last_failure_at) values (:u, 1, :now)
				on conflict (username) do update set
				  failures = case when directory_login_throttle.last_failure_at < :forget then 1
				                  else directory_login_throttle.failures + 1 end,
				  last_failure_at = :now
				returning failures
				""")
			.param("u", key(username)).param("now", Timestamp.from(now)).param("forget", Timestamp.from(now.minus(MEMORY)))
			.query(Integer.class).single();
		Duration lock = lockAfter(failures);
		if (!lock.isZero()) {
			jdbc.sql("update directory_login_throttle set locked_until = :until where username = :u")
				.param("u", key(username)).param("until", Timestamp.from(now.plus(lock))).update();
		}
	}

	void succeeded(String username) {
		jdbc.sql("delete from directory_login_throttle where username = :u").param("u", key(username)).update();
	}

	static Duration lockAfter(int failures) {
		if (failures < FREE_FAILURES) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - FREE_FAILURES, 10);
		Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
	}

	private static String key(String username) {
		String key = username.trim().toLowerCase(Locale.ROOT);
		return key.length() > 200 ? key.substring(0, 200) : key;
	}
}
