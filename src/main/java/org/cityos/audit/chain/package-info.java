@NullMarked
package org.cityos.audit.chain;

import org.jspecify.annotations.NullMarked;
