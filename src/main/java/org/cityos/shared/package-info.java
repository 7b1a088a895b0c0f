/**
 * The tiny kernel every module may use: value types, identifiers' validators, the
 * authenticated principal and the domain exceptions the web layer turns into
 * problem+json. No business logic lives here.
 */
@NullMarked
package org.cityos.shared;

import org.jspecify.annotations.NullMarked;
