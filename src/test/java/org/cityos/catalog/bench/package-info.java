/**
 * Load generators of the catalog (the exchange read by key), run by hand as plain {@code main}s;
 * results go to docs/benchmarks.md. Never run as tests.
 */
@NullMarked
package org.cityos.catalog.bench;

import org.jspecify.annotations.NullMarked;
