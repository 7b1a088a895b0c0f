/**
 * The synthetic demo city: on first start with an empty database (unless {@code CITYOS_DEMO=false})
 * CityOS fills itself with a realistic city (departments, accounts, the map, ...) so that every
 * page shows real state. Everything here is invented and labelled as such in the UI.
 */
@NullMarked
package org.cityos.demo;

import org.jspecify.annotations.NullMarked;
