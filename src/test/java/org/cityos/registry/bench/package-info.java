/**
 * JMH benchmarks of the base registries. Run them with plain java on the test class path (see
 * {@link org.cityos.registry.bench.MatchingBenchmark}); never run as unit tests.
 */
@NullMarked
package org.cityos.registry.bench;

import org.jspecify.annotations.NullMarked;
