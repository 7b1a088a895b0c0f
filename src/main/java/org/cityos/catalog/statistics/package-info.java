/**
 * Figures of the data sharing hub per providing department and interval, read from the
 * catalog's tables for the department scorecard ({@link org.cityos.catalog.SharingStatistics}).
 */
@NullMarked
package org.cityos.catalog.statistics;

import org.jspecify.annotations.NullMarked;
