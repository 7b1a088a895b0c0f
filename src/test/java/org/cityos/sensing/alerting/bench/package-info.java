/** JMH benchmarks of the alert evaluator. */
@NullMarked
package org.cityos.sensing.alerting.bench;

import org.jspecify.annotations.NullMarked;
