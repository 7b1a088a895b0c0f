/** Alert rules and alerts over HTTP under {@code /api/sensing/rules} and {@code /api/sensing/alerts}. */
@NullMarked
package org.cityos.sensing.alerting.web;

import org.jspecify.annotations.NullMarked;
