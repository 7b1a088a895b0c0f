@NullMarked
package org.cityos.catalog.web;

import org.jspecify.annotations.NullMarked;
