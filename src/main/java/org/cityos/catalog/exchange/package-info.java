/**
 * 数据交换: consumer systems read the resources they were granted, page by page or as a streamed
 * export, with personal items masked unless the grant allows them; every read is audited.
 */
@NullMarked
package org.cityos.catalog.exchange;

import org.jspecify.annotations.NullMarked;
