@org.jspecify.annotations.NullMarked
package org.cityos.registry.web;
