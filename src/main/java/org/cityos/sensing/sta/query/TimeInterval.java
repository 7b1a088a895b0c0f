package org.cityos.sensing.sta.query;

import java.time.Instant;

/** An ISO 8601 interval value ({@code start/end}) as a property value in Java evaluation. */
public record TimeInterval(Instant start, Instant end) {
}
