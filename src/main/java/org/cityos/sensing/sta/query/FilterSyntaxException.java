package org.cityos.sensing.sta.query;

/** A query option that does not parse or names something that does not exist; answered as 400. */
public class FilterSyntaxException extends RuntimeException {

	public FilterSyntaxException(String message) {
		super(message);
	}
}
