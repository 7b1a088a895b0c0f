/**
 * The demo city's sensors: about 2,000 × {@code cityos.demo.scale} air stations, noise monitors,
 * water sections, traffic detectors, parking lots and manhole-cover tilt sensors registered through
 * the sensing module's {@code SensorRegistry}, 24 hours of back-filled readings with realistic daily
 * patterns and injected incidents (a pollution episode, sensors going offline, rush-hour
 * congestion, a water section worse than its target, a tilted manhole cover), a few early-warning
 * rules, and in demo mode a live simulator with one reading per datastream per minute.
 * Everything here is invented.
 */
@NullMarked
package org.cityos.demo.sensing;

import org.jspecify.annotations.NullMarked;
