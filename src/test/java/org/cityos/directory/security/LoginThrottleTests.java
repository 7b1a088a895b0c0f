package org.cityos.directory.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

	@Test
	void firstFailuresCostNothing() {
		for (int failures = 1; failures < LoginThrottle.FREE_FAILURES; failures++) {
			assertThat(LoginThrottle.lockAfter(failures)).isZero();
		}
	}

	@Test
	void eachFurtherFailureDoublesTheLock() {
		assertThat(LoginThrottle.lockAfter(5)).isEqualTo(Duration.ofSeconds(15));
		assertThat(LoginThrottle.lockAfter(6)).isEqualTo(Duration.ofSeconds(30));
		assertThat(LoginThrottle.lockAfter(7)).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void lockNeverExceedsFifteenMinutes() {
		assertThat(LoginThrottle.lockAfter(12)).isEqualTo(Duration.ofMinutes(15));
		assertThat(LoginThrottle.lockAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
	}
}
