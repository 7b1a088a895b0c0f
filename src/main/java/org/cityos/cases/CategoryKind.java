package org.cityos.cases;

/** 部件 (city component), 事件 (event) or a 12345 service matter. */
public enum CategoryKind {
	COMPONENT, EVENT, SERVICE
}
