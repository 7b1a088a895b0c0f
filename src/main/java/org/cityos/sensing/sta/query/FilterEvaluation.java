package org.cityos.sensing.sta.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.cityos.sensing.sta.query.Expression.Binary;
import org.cityos.sensing.sta.query.Expression.Call;
import org.cityos.sensing.sta.query.Expression.Literal;
import org.cityos.sensing.sta.query.Expression.Path;
import org.cityos.sensing.sta.query.Expression.Unary;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * Evaluates a filter expression in Java against one entity, for what SQL cannot do (geospatial
 * functions with JTS, in the coordinates' own units as SensorThings servers do). Property values
 * come from {@code paths}: String, Long/Double, Boolean, Instant, {@link TimeInterval}, a JTS
 * Geometry, or null. Errors in data (a string where a number is needed) make the condition false.
 */
public final class FilterEvaluation {

	private final Function<List<String>, @Nullable Object> paths;

	public FilterEvaluation(Function<List<String>, @Nullable Object> paths) {
		this.paths = paths;
	}

	public boolean test(Expression condition) {
		try {
			return Boolean.TRUE.equals(value(condition));
		}
		catch (ClassCastException | ArithmeticException | IllegalArgumentException ex) {
			return false;
		}
	}

	public @Nullable Object value(Expression expression) {
		if (expression instanceof Literal literal) {
			return literal.value();
		}
		if (expression instanceof Path path) {
			return paths.apply(path.segments());
		}
		if (expression instanceof Unary unary) {
			Object operand = value(unary.operand());
			if (unary.operator().equals("not")) {
				return operand == null ? null : !((Boolean) operand);
			}
			return operand == null ? null : negate((Number) operand);
		}
		if (expression instanceof Binary binary) {
			return binary(binary);
		}
		return call((Call) expression);
	}

	/**
	 * As in SQL (and so in the SQL part of a filter): a comparison with a missing value matches
	 * nothing, {@code resultTime ne 2015-03-02T00:00:00Z} leaves out Observations without a
	 * resultTime; only a comparison with the literal {@code null} asks whether a value is there.
	 */
	private static boolean nullComparison(String op, Binary binary, @Nullable Object left, @Nullable Object right) {
		boolean literalNull = isNullLiteral(binary.left()) || isNullLiteral(binary.right());
		if (!literalNull || !(op.equals("eq") || op.equals("ne"))) {
			return false;
		}
		return op.equals("eq") == (left == null && right == null);
	}

	private static boolean isNullLiteral(Expression expression) {
		return expression instanceof Literal literal && literal.value() == null;
	}

	private @Nullable Object binary(Binary binary) {
		String op = binary.operator();
		if (op.equals("and")) {
			return Boolean.TRUE.equals(value(binary.left())) && Boolean.TRUE.equals(value(binary.right()));
		}
		if (op.equals("or")) {
			return Boolean.TRUE.equals(value(binary.left())) || Boolean.TRUE.equals(value(binary.right()));
		}
		Object left = value(binary.left());
		Object right = value(binary.right());
		switch (op) {
			case "add", "sub", "mul", "div", "mod" -> {
				if (left == null || right == null) {
					return null;
				}
				if (left instanceof Instant time && right instanceof Duration duration) {
					return op.equals("add") ? time.plus(duration) : time.minus(duration);
				}
				return arithmetic(op, (Number) left, (Number) right);
			}
			default -> {
				if (left == null || right == null) {
					return nullComparison(op, binary, left, right);
				}
				int order = compare(left, right);
				return switch (op) {
					case "eq" -> order == 0;
					case "ne" -> order != 0;
					case "gt" -> order > 0;
					case "ge" -> order >= 0;
					case "lt" -> order < 0;
					default -> order <= 0;
				};
			}
		}
	}

	/** Compares like values; numbers as numbers, times as instants (an interval by its start), else text. */
	static int compare(Object left, Object right) {
		if (left instanceof Number a && right instanceof Number b) {
			return Double.compare(a.doubleValue(), b.doubleValue());
		}
		Instant a = instant(left);
		Instant b = instant(right);
		if (a != null && b != null) {
			return a.compareTo(b);
		}
		if (left instanceof LocalDate || right instanceof LocalDate) {
			return date(left).compareTo(date(right));
		}
		if (left instanceof Boolean x && right instanceof Boolean y) {
			return Boolean.compare(x, y);
		}
		if (left instanceof Geometry x && right instanceof Geometry y) {
			return x.equalsTopo(y) ? 0 : 1;
		}
		if (left instanceof Number || right instanceof Number) {
			throw new IllegalArgumentException("number compared with " + right);
		}
		return left.toString().compareTo(right.toString());
	}

	private static @Nullable Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof TimeInterval interval) {
			return interval.start();
		}
		return null;
	}

	private static LocalDate date(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		Instant instant = instant(value);
		if (instant == null) {
			throw new IllegalArgumentException("not a date: " + value);
		}
		return instant.atZone(ZoneOffset.UTC).toLocalDate();
	}

	private static Number negate(Number number) {
		return number instanceof Long l ? (Number) (-l) : (Number) (-number.doubleValue());
	}

	private static Number arithmetic(String op, Number left, Number right) {
		if (left instanceof Long a && right instanceof Long b && !op.equals("div")) {
			return switch (op) {
				case "add" -> a + b;
				case "sub" -> a - b;
				case "mul" -> a * b;
				default -> a % b;
			};
		}
		double a = left.doubleValue();
		double b = right.doubleValue();
		return switch (op) {
			case "add" -> a + b;
			case "sub" -> a - b;
			case "mul" -> a * b;
			case "div" -> a / b;
			default -> a % b;
		};
	}

	private @Nullable Object call(Call call) {
		List<Object> args = new ArrayList<>();
		for (Expression argument : call.arguments()) {
			args.add(value(argument));
		}
		String f = call.function();
		if (f.equals("now")) {
			return Instant.now();
		}
		if (f.equals("mindatetime") && args.isEmpty()) {
			return Instant.MIN;
		}
		if (f.equals("maxdatetime") && args.isEmpty()) {
			return Instant.MAX;
		}
		if (args.stream().anyMatch(Objects::isNull)) {
			return null;
		}
		return switch (f) {
			case "substringof" -> text(args.get(1)).contains(text(args.get(0)));
			case "contains" -> text(args.get(0)).contains(text(args.get(1)));
			case "startswith" -> text(args.get(0)).startsWith(text(args.get(1)));
			case "endswith" -> text(args.get(0)).endsWith(text(args.get(1)));
			case "length" -> (long) text(args.get(0)).length();
			case "indexof" -> (long) text(args.get(0)).indexOf(text(args.get(1)));
			case "substring" -> substring(text(args.get(0)), args);
			case "tolower" -> text(args.get(0)).toLowerCase(Locale.ROOT);
			case "toupper" -> text(args.get(0)).toUpperCase(Locale.ROOT);
			case "trim" -> text(args.get(0)).strip();
			case "concat" -> text(args.get(0)) + text(args.get(1));
			case "year" -> (long) utc(args.get(0)).getYear();
			case "month" -> (long) utc(args.get(0)).getMonthValue();
			case "day" -> (long) utc(args.get(0)).getDayOfMonth();
			case "hour" -> (long) utc(args.get(0)).getHour();
			case "minute" -> (long) utc(args.get(0)).getMinute();
			case "second" -> (long) utc(args.get(0)).getSecond();
			case "fractionalseconds" -> utc(args.get(0)).getNano() / 1e9;
			case "date" -> utc(args.get(0)).toLocalDate();
			case "time" -> utc(args.get(0)).toLocalTime().withNano(0).toString();
			case "totaloffsetminutes" -> 0L;
			case "mindatetime" -> args.get(0) instanceof TimeInterval interval ? interval.start() : instant(args.get(0));
			case "maxdatetime" -> args.get(0) instanceof TimeInterval interval ? interval.end() : instant(args.get(0));
			case "round" -> (double) Math.round(((Number) args.get(0)).doubleValue());
			case "floor" -> Math.floor(((Number) args.get(0)).doubleValue());
			case "ceiling" -> Math.ceil(((Number) args.get(0)).doubleValue());
			case "geo.distance" -> geometry(args.get(0)).distance(geometry(args.get(1)));
			case "geo.length" -> geometry(args.get(0)).getLength();
			case "geo.intersects", "st_intersects" -> geometry(args.get(0)).intersects(geometry(args.get(1)));
			case "st_equals" -> geometry(args.get(0)).equalsTopo(geometry(args.get(1)));
			case "st_disjoint" -> geometry(args.get(0)).disjoint(geometry(args.get(1)));
			case "st_touches" -> geometry(args.get(0)).touches(geometry(args.get(1)));
			case "st_within" -> geometry(args.get(0)).within(geometry(args.get(1)));
			case "st_overlaps" -> geometry(args.get(0)).overlaps(geometry(args.get(1)));
			case "st_crosses" -> geometry(args.get(0)).crosses(geometry(args.get(1)));
			case "st_contains" -> geometry(args.get(0)).contains(geometry(args.get(1)));
			case "st_relate" -> geometry(args.get(0)).relate(geometry(args.get(1)), text(args.get(2)));
			default -> throw new IllegalArgumentException("unknown function " + f);
		};
	}

	private static String substring(String text, List<Object> args) {
		int start = (int) Math.min(Math.max(((Number) args.get(1)).longValue(), 0), text.length());
		if (args.size() == 2) {
			return text.substring(start);
		}
		int length = (int) Math.max(((Number) args.get(2)).longValue(), 0);
		return text.substring(start, Math.min(text.length(), start + length));
	}

	private static String text(Object value) {
		if (value instanceof String text) {
			return text;
		}
		throw new IllegalArgumentException("not a string: " + value);
	}

	private static ZonedDateTime utc(Object value) {
		Instant instant = instant(value);
		if (instant == null) {
			throw new IllegalArgumentException("not a time: " + value);
		}
		return instant.atZone(ZoneOffset.UTC);
	}

	private static Geometry geometry(Object value) {
		if (value instanceof Geometry geometry) {
			return geometry;
		}
		throw new IllegalArgumentException("not a geometry: " + value);
	}
}
