/** Read endpoints of the sensing overview: sensor status for the map, AQI per station and city, noise periods. */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing.overview.web;
