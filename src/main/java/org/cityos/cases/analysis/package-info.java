/** 综合评价 and analysis: the indicators per department, street, grid and worker, heat map, trends, exports. */
@org.jspecify.annotations.NullMarked
package org.cityos.cases.analysis;
