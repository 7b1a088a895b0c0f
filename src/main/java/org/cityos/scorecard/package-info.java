/**
 * Department scorecards (考核): per department and period (month, quarter, year) the facts of its
 * data sharing — resources, timely delivery, completeness, validity, consistency with the base
 * registries, discrepancy handling, use by others, answers to sharing requests — scored 0–100,
 * weighted, ranked and followed over periods. Fed by the catalog's and the registry's statistics
 * APIs and the catalog's DataRead event; nothing here reads another module's tables.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.scorecard;
