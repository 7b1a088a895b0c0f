/**
 * Benchmarks and load generators of the catalog (e.g. {@code ExchangeLoad}, the exchange read by
 * key), run by hand; results go to docs/benchmarks.md. Never run as tests.
 */
@NullMarked
package org.cityos.catalog.bench;

import org.jspecify.annotations.NullMarked;
