/**
 * Probabilistic record matching for person records without an ID number: normalisation, blocking,
 * field comparators and Fellegi–Sunter weights. Pure Java, held in memory; the uncertain band goes
 * to a steward's {@link org.cityos.registry.matching.ReviewQueue}.
 */
@NullMarked
package org.cityos.registry.matching;

import org.jspecify.annotations.NullMarked;
