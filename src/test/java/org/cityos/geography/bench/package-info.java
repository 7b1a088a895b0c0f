/**
 * JMH benchmarks of the geography module, run with the {@code bench} Maven profile; results go
 * to docs/benchmarks.md. Never run as unit tests.
 */
@NullMarked
package org.cityos.geography.bench;

import org.jspecify.annotations.NullMarked;
