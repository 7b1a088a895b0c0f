@NullMarked
package org.cityos.directory.web;

import org.jspecify.annotations.NullMarked;
