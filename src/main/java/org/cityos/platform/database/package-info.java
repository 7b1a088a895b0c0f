@NullMarked
package org.cityos.platform.database;

import org.jspecify.annotations.NullMarked;
