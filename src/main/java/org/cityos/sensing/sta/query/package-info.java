/**
 * SensorThings (OData) query options: the {@code $filter} grammar, its translation to SQL and its
 * evaluation in Java (geospatial functions with JTS), {@code $orderby}, {@code $expand}, {@code $select}.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing.sta.query;
