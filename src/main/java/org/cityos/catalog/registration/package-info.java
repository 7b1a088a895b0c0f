/**
 * 编目 (registration): departments register their resources in the catalog and change them;
 * changed items make a new version with its own data table. Also the catalog search.
 */
@NullMarked
package org.cityos.catalog.registration;

import org.jspecify.annotations.NullMarked;
