/**
 * JMH benchmarks of the shared identifier checks. Run them with plain java on the test class
 * path (see {@link org.cityos.shared.bench.IdentifierBenchmark}); never run as unit tests.
 */
@NullMarked
package org.cityos.shared.bench;

import org.jspecify.annotations.NullMarked;
