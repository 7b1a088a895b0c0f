/**
 * Base registries (基础库): population and legal-entity registries built by comparing departments'
 * records (比对), keeping what agrees as the golden record and sending what disagrees back to the
 * providing department for checking (核查). Records that carry an ID number are joined on it; older
 * records without one are matched probabilistically ({@code matching}).
 */
@NullMarked
package org.cityos.registry;

import org.jspecify.annotations.NullMarked;
