package org.cityos.cases;

/** 督办 cards: yellow when most of the time limit is used, red when overdue. */
public enum Card {
	NONE, YELLOW, RED
}
