@NullMarked
package org.cityos.platform.web;

import org.jspecify.annotations.NullMarked;
