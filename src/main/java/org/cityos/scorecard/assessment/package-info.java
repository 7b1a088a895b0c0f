/**
 * The assessment itself: periods, indicators and their formulas, weights, the facts gathered
 * per period and their snapshots, the use counter, and the monthly snapshot.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.scorecard.assessment;
