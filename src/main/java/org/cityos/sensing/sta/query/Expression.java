package org.cityos.sensing.sta.query;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code $filter} (or {@code $orderby}) expression. Literals hold Java values: String,
 * Long, Double, Boolean, {@link java.time.Instant} (date-times), {@link java.time.LocalDate},
 * {@link java.time.Duration}, a JTS geometry, or null.
 */
public sealed interface Expression {

	/** A constant written in the query. */
	record Literal(@Nullable Object value) implements Expression {
	}

	/** A property of the entity, possibly through to-one navigations: {@code Datastream/Thing/name}, {@code properties/kind}. */
	record Path(List<String> segments) implements Expression {

		public Path {
			segments = List.copyOf(segments);
		}

		public String text() {
			return String.join("/", segments);
		}
	}

	/** {@code eq ne gt ge lt le and or add sub mul div mod}. */
	record Binary(String operator, Expression left, Expression right) implements Expression {
	}

	/** {@code not x} and unary minus ({@code -x}). */
	record Unary(String operator, Expression operand) implements Expression {
	}

	/** A function call, name in lower case ({@code substringof}, {@code geo.distance}, {@code st_within}). */
	record Call(String function, List<Expression> arguments) implements Expression {

		public Call {
			arguments = List.copyOf(arguments);
		}
	}
}
