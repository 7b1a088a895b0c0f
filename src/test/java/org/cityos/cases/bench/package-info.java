/** Benchmarks of the cases module (run with plain java on the test class path; see CasesBenchmark). */
@org.jspecify.annotations.NullMarked
package org.cityos.cases.bench;
