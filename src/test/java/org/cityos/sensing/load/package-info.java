/** Load generators for sensing ingestion and reads (not tests; run by hand, see each class). */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing.load;
