@NullMarked
package org.cityos.audit.web;

import org.jspecify.annotations.NullMarked;
