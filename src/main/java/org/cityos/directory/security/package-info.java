@NullMarked
package org.cityos.directory.security;

import org.jspecify.annotations.NullMarked;
