/** The scorecard over HTTP: rankings, a department's trend, weights, recomputation, CSV and Excel exports. */
@org.jspecify.annotations.NullMarked
package org.cityos.scorecard.web;
