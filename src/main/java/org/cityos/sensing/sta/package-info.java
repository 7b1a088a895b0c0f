/**
 * The OGC SensorThings API 1.1 entity model over the sensing tables: reading with query options,
 * creating (deep insert), updating and deleting with the standard's cascade.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing.sta;
