/**
 * The indices over HTTP for values passed in (the UI's AQI panel, tests, other systems):
 * {@code /api/sensing/aqi}, {@code /api/sensing/aqi/standards}, water quality, noise, congestion.
 */
@NullMarked
package org.cityos.sensing.indices.web;

import org.jspecify.annotations.NullMarked;
