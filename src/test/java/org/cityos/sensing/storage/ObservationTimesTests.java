package org.cityos.sensing.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The time forms observations may come with: ISO 8601 with an offset, in its extended or basic form. */
class ObservationTimesTests {

	@Test
	void offsetsInEveryIsoFormAreRead() {
		Instant expected = Instant.parse("2010-12-23T17:20:00Z");
		assertThat(ObservationChecks.parse("2010-12-23T17:20:00Z", "t")).isEqualTo(expected);
		assertThat(ObservationChecks.parse("2010-12-23T10:20:00-07:00", "t")).isEqualTo(expected);
		assertThat(ObservationChecks.parse("2010-12-23T10:20:00-0700", "t")).isEqualTo(expected);
		assertThat(ObservationChecks.parse(" 2010-12-24T01:20:00.000+08:00 ", "t")).isEqualTo(expected);
		assertThat(ObservationChecks.parse("2010-12-24T01:20:00.5+0800", "t")).isEqualTo(expected.plusMillis(500));
	}

	@Test
	void aTimeWithoutOffsetOrNotATimeIsRefusedWithTheField() {
		for (String text : new String[] { "2010-12-23T10:20:00", "yesterday", "2010-12-23", "2010-12-23T10:20:00+25:00" }) {
			assertThatThrownBy(() -> ObservationChecks.parse(text, "phenomenonTime")).as(text).isInstanceOf(RejectedObservation.class)
				.hasMessageContaining("phenomenonTime").hasMessageContaining(text);
		}
	}
}
