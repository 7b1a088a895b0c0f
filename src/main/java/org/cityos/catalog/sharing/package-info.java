/**
 * 共享申请与授权: sharing requests, the provider's answer within the reply deadline (working
 * days), grants and their revocation. The exchange reads the live grants held here.
 */
@NullMarked
package org.cityos.catalog.sharing;

import org.jspecify.annotations.NullMarked;
