/**
 * Base registries (基础库): population and legal-entity registries built by comparing
 * departments' records; agreeing values enter the golden record, disagreeing ones go back to
 * the providing department as discrepancies.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.registry;
