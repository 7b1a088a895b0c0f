/**
 * Environmental and traffic indices as pure functions of measured values: AQI per HJ 633 (2012
 * and 2026 versions, hourly real-time and daily reports), noise L_Aeq per GB 3096 day/night period
 * against the zone class, surface-water class per GB 3838 single-factor evaluation, a congestion
 * index per road segment and parking occupancy per lot. No storage, no Spring: callers pass values.
 */
@NullMarked
package org.cityos.sensing.indices;

import org.jspecify.annotations.NullMarked;
