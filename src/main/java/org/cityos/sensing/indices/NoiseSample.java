package org.cityos.sensing.indices;

import java.time.Instant;

/** One sound level reading in dB(A), e.g. a 1-minute L_Aeq; samples are taken as equally long. */
public record NoiseSample(Instant time, double level) {
}
