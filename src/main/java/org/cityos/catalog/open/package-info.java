/**
 * 数据开放: resources marked 无条件开放 are readable without login (personal items never leave),
 * and the whole catalog's metadata is published as DCAT-AP 3 (Turtle and JSON-LD).
 */
@NullMarked
package org.cityos.catalog.open;

import org.jspecify.annotations.NullMarked;
