/**
 * Figures of the base registries per providing department and interval (consistency with the
 * golden record, discrepancy handling), for the department scorecard
 * ({@link org.cityos.registry.RegistryStatistics}).
 */
@org.jspecify.annotations.NullMarked
package org.cityos.registry.statistics;
