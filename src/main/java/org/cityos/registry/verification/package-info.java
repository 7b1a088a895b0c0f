/**
 * 核查: cross-checks of a list of people against the facts other departments hold (低保核对),
 * evaluated by rule sets kept as data, each applicant's verdict explained.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.registry.verification;
