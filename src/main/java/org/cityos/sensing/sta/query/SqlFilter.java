package org.cityos.sensing.sta.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.sensing.sta.query.Columns.Column;
import org.cityos.sensing.sta.query.Columns.ValueType;
import org.cityos.sensing.sta.query.Expression.Binary;
import org.cityos.sensing.sta.query.Expression.Call;
import org.cityos.sensing.sta.query.Expression.Literal;
import org.cityos.sensing.sta.query.Expression.Path;
import org.cityos.sensing.sta.query.Expression.Unary;

/**
 * Translates a filter expression to a PostgreSQL condition with named parameters. What has no
 * SQL form here (geospatial functions, geometry properties) makes {@link #translate} answer empty:
 * the caller then evaluates that part in Java. Comparisons with null follow OData: {@code eq null}
 * is {@code is null}, any other comparison with null is false.
 */
public final class SqlFilter {

	private final Columns columns;

	private final Map<String, Object> parameters;

	private final String prefix;

	/** @param parameters where the translation adds its named parameters ({@code prefix0}, {@code prefix1}, ...) */
	public SqlFilter(Columns columns, Map<String, Object> parameters, String prefix) {
		this.columns = columns;
		this.parameters = parameters;
		this.prefix = prefix;
	}

	/** The SQL condition, or empty when some part has no SQL form. */
	public Optional<String> translate(Expression expression) {
		try {
			Typed typed = sql(expression);
			if (typed.type != ValueType.BOOLEAN) {
				throw new FilterSyntaxException("$filter must be a condition (true or false), not a value");
			}
			return Optional.of(typed.sql);
		}
		catch (Untranslatable ex) {
			return Optional.empty();
		}
	}

	/**
	 * The SQL sort keys of an {@code $orderby} expression (an Observation's result sorts by its number,
	 * then its text), or empty when it has no SQL form.
	 */
	public Optional<List<String>> orderExpression(Expression expression) {
		try {
			Typed typed = sql(expression);
			return Optional.of(typed.type == ValueType.RESULT ? List.of(resultNumber(typed.sql), resultText(typed.sql)) : List.of(typed.sql));
		}
		catch (Untranslatable ex) {
			return Optional.empty();
		}
	}

	/** Splits a condition at its top-level {@code and}s, so the SQL-able parts prune before Java filters the rest. */
	public static List<Expression> conjuncts(Expression expression) {
		List<Expression> parts = new ArrayList<>();
		if (expression instanceof Binary binary && binary.operator().equals("and")) {
			parts.addAll(conjuncts(binary.left()));
			parts.addAll(conjuncts(binary.right()));
		}
		else {
			parts.add(expression);
		}
		return parts;
	}

	private Typed sql(Expression expression) {
		if (expression instanceof Literal literal) {
			return literal(literal.value());
		}
		if (expression instanceof Path path) {
			Optional<Column> column = columns.column(path.segments());
			if (column.isEmpty()) {
				throw new Untranslatable();
			}
			return new Typed(column.get().sql(), column.get().type(), column.get().endSql());
		}
		if (expression instanceof Unary unary) {
			return unary(unary);
		}
		if (expression instanceof Binary binary) {
			return binary(binary);
		}
		return call((Call) expression);
	}

	private Typed literal(Object value) {
		if (value == null) {
			return new Typed("null", null, null);
		}
		String name = prefix + parameters.size();
		if (value instanceof String || value instanceof Character) {
			parameters.put(name, value.toString());
			return new Typed("cast(:" + name + " as text)", ValueType.TEXT, null);
		}
		if (value instanceof Long || value instanceof Double) {
			parameters.put(name, value);
			return new Typed("cast(:" + name + " as " + (value instanceof Long ? "bigint" : "double precision") + ")",
					ValueType.NUMBER, null);
		}
		if (value instanceof Boolean) {
			parameters.put(name, value);
			return new Typed("cast(:" + name + " as boolean)", ValueType.BOOLEAN, null);
		}
		if (value instanceof Instant instant) {
			parameters.put(name, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
			return new Typed("cast(:" + name + " as timestamptz)", ValueType.TIME, null);
		}
		if (value instanceof LocalDate date) {
			parameters.put(name, date);
			return new Typed("cast(:" + name + " as date)", ValueType.DATE, null);
		}
		if (value instanceof Duration duration) {
			parameters.put(name, duration.toMillis() / 1000.0);
			return new Typed("make_interval(secs => cast(:" + name + " as double precision))", ValueType.NUMBER, null);
		}
		throw new Untranslatable();
	}

	private Typed unary(Unary unary) {
		Typed operand = sql(unary.operand());
		if (unary.operator().equals("not")) {
			requireType(operand, ValueType.BOOLEAN, "not");
			return new Typed("(not coalesce(" + operand.sql + ", false))", ValueType.BOOLEAN, null);
		}
		Typed number = asNumber(operand);
		return new Typed("(-" + number.sql + ")", ValueType.NUMBER, null);
	}

	private Typed binary(Binary binary) {
		String op = binary.operator();
		Typed left = sql(binary.left());
		Typed right = sql(binary.right());
		switch (op) {
			case "and", "or" -> {
				requireType(left, ValueType.BOOLEAN, op);
				requireType(right, ValueType.BOOLEAN, op);
				return new Typed("(" + left.sql + " " + op + " " + right.sql + ")", ValueType.BOOLEAN, null);
			}
			case "add", "sub", "mul", "div", "mod" -> {
				if (left.type == ValueType.TIME && (op.equals("add") || op.equals("sub"))) {
					return new Typed("(" + left.sql + (op.equals("add") ? " + " : " - ") + right.sql + ")",
							right.type == ValueType.TIME ? ValueType.NUMBER : ValueType.TIME, null);
				}
				Typed l = asNumber(left);
				Typed r = asNumber(right);
				String sql = switch (op) {
					case "add" -> "(" + l.sql + " + " + r.sql + ")";
					case "sub" -> "(" + l.sql + " - " + r.sql + ")";
					case "mul" -> "(" + l.sql + " * " + r.sql + ")";
					case "div" -> "(cast(" + l.sql + " as double precision) / nullif(" + r.sql + ", 0))";
					default -> "mod(cast(" + l.sql + " as numeric), nullif(cast(" + r.sql + " as numeric), 0))";
				};
				return new Typed(sql, ValueType.NUMBER, null);
			}
			default -> {
				return comparison(op, left, right);
			}
		}
	}

	/**
	 * SQL's three-valued comparison: a missing value matches neither {@code eq} nor {@code ne} a
	 * value (as the SensorThings reference implementation and the OGC conformance suite read
	 * {@code ne}); {@code eq null} and {@code ne null} ask whether the value is there.
	 */
	private Typed comparison(String op, Typed left, Typed right) {
		if (left.type == null || right.type == null) {
			Typed other = left.type == null ? right : left;
			if (op.equals("eq") || op.equals("ne")) {
				String value = other.type == ValueType.RESULT ? "coalesce(" + resultText(other.sql) + ", null)" : other.sql;
				return new Typed("(" + value + (op.equals("eq") ? " is null)" : " is not null)"), ValueType.BOOLEAN, null);
			}
			return new Typed("false", ValueType.BOOLEAN, null);
		}
		Typed l = coerce(left, right.type);
		Typed r = coerce(right, l.type);
		if (l.type == ValueType.TIME && r.type == ValueType.DATE) {
			l = new Typed("cast(" + l.sql + " at time zone 'UTC' as date)", ValueType.DATE, null);
		}
		else if (r.type == ValueType.TIME && l.type == ValueType.DATE) {
			r = new Typed("cast(" + r.sql + " at time zone 'UTC' as date)", ValueType.DATE, null);
		}
		String sqlOp = switch (op) {
			case "eq" -> "=";
			case "ne" -> "<>";
			case "gt" -> ">";
			case "ge" -> ">=";
			case "lt" -> "<";
			default -> "<=";
		};
		return new Typed("(" + l.sql + " " + sqlOp + " " + r.sql + ")", ValueType.BOOLEAN, null);
	}

	/** Reads a RESULT or JSON operand as the type the other side has. */
	private Typed coerce(Typed value, ValueType other) {
		if (value.type == ValueType.RESULT) {
			return switch (other) {
				case TEXT -> new Typed(resultText(value.sql), ValueType.TEXT, null);
				case BOOLEAN -> new Typed("(case when jsonb_typeof(" + resultJson(value.sql) + ") = 'boolean' then cast("
						+ resultJson(value.sql) + " #>> '{}' as boolean) end)", ValueType.BOOLEAN, null);
				default -> new Typed(resultNumber(value.sql), ValueType.NUMBER, null);
			};
		}
		if (value.type == ValueType.JSON) {
			return switch (other) {
				case NUMBER -> new Typed("(case when jsonb_typeof(" + value.sql + ") = 'number' then cast(" + value.sql
						+ " #>> '{}' as double precision) end)", ValueType.NUMBER, null);
				case BOOLEAN -> new Typed("(case when jsonb_typeof(" + value.sql + ") = 'boolean' then cast(" + value.sql
						+ " #>> '{}' as boolean) end)", ValueType.BOOLEAN, null);
				case TIME -> throw new Untranslatable();
				default -> new Typed("(" + value.sql + " #>> '{}')", ValueType.TEXT, null);
			};
		}
		return value;
	}

	// A RESULT column's SQL is "number_column|json_column".
	private static String resultNumber(String sql) {
		return sql.substring(0, sql.indexOf('|'));
	}

	private static String resultJson(String sql) {
		return sql.substring(sql.indexOf('|') + 1);
	}

	private static String resultText(String sql) {
		return "coalesce(" + resultJson(sql) + " #>> '{}', cast(" + resultNumber(sql) + " as text))";
	}

	private Typed asNumber(Typed value) {
		Typed coerced = coerce(value, ValueType.NUMBER);
		if (coerced.type != ValueType.NUMBER) {
			throw new FilterSyntaxException("A number is needed here, not a " + String.valueOf(coerced.type).toLowerCase());
		}
		return coerced;
	}

	private Typed asText(Typed value) {
		Typed coerced = coerce(value, ValueType.TEXT);
		if (coerced.type != ValueType.TEXT) {
			throw new FilterSyntaxException("A string is needed here, not a " + String.valueOf(coerced.type).toLowerCase());
		}
		return coerced;
	}

	private Typed asTime(Typed value) {
		if (value.type != ValueType.TIME) {
			throw new Untranslatable();
		}
		return value;
	}

	private static void requireType(Typed value, ValueType type, String operator) {
		if (value.type != type) {
			throw new FilterSyntaxException("'" + operator + "' needs a condition on each side");
		}
	}

	private Typed call(Call call) {
		String f = call.function();
		if (f.startsWith("geo.") || f.startsWith("st_")) {
			throw new Untranslatable();
		}
		List<Typed> args = new ArrayList<>();
		for (Expression argument : call.arguments()) {
			args.add(sql(argument));
		}
		return switch (f) {
			case "substringof" -> bool("(strpos(" + asText(args.get(1)).sql + ", " + asText(args.get(0)).sql + ") > 0)");
			case "contains" -> bool("(strpos(" + asText(args.get(0)).sql + ", " + asText(args.get(1)).sql + ") > 0)");
			case "startswith" -> bool("starts_with(" + asText(args.get(0)).sql + ", " + asText(args.get(1)).sql + ")");
			case "endswith" -> bool("(right(" + asText(args.get(0)).sql + ", char_length(" + asText(args.get(1)).sql + ")) = "
					+ asText(args.get(1)).sql + ")");
			case "length" -> number("char_length(" + asText(args.get(0)).sql + ")");
			case "indexof" -> number("(strpos(" + asText(args.get(0)).sql + ", " + asText(args.get(1)).sql + ") - 1)");
			case "substring" -> text(args.size() == 2
					? "substr(" + asText(args.get(0)).sql + ", cast(" + asNumber(args.get(1)).sql + " as integer) + 1)"
					: "substr(" + asText(args.get(0)).sql + ", cast(" + asNumber(args.get(1)).sql + " as integer) + 1, cast("
							+ asNumber(args.get(2)).sql + " as integer))");
			case "tolower" -> text("lower(" + asText(args.get(0)).sql + ")");
			case "toupper" -> text("upper(" + asText(args.get(0)).sql + ")");
			case "trim" -> text("btrim(" + asText(args.get(0)).sql + ")");
			case "concat" -> text("(" + asText(args.get(0)).sql + " || " + asText(args.get(1)).sql + ")");
			case "year", "month", "day", "hour", "minute" -> number("cast(extract(" + f + " from " + asTime(args.get(0)).sql
					+ " at time zone 'UTC') as integer)");
			case "second" -> number("cast(floor(extract(second from " + asTime(args.get(0)).sql + " at time zone 'UTC')) as integer)");
			case "fractionalseconds" -> number("(extract(second from " + asTime(args.get(0)).sql
					+ ") - floor(extract(second from " + asTime(args.get(0)).sql + ")))");
			case "date" -> new Typed("cast(" + asTime(args.get(0)).sql + " at time zone 'UTC' as date)", ValueType.DATE, null);
			case "time" -> text("to_char(" + asTime(args.get(0)).sql + " at time zone 'UTC', 'HH24:MI:SS')");
			case "totaloffsetminutes" -> {
				asTime(args.get(0));
				yield number("0");
			}
			case "now" -> new Typed("now()", ValueType.TIME, null);
			case "mindatetime" -> args.isEmpty() ? new Typed("'-infinity'::timestamptz", ValueType.TIME, null)
					: new Typed(asTime(args.get(0)).sql, ValueType.TIME, null);
			case "maxdatetime" -> args.isEmpty() ? new Typed("'infinity'::timestamptz", ValueType.TIME, null)
					: new Typed(args.get(0).endSql != null ? "coalesce(" + args.get(0).endSql + ", " + asTime(args.get(0)).sql + ")"
							: asTime(args.get(0)).sql, ValueType.TIME, null);
			case "round" -> number("round(cast(" + asNumber(args.get(0)).sql + " as numeric))");
			case "floor" -> number("floor(" + asNumber(args.get(0)).sql + ")");
			case "ceiling" -> number("ceiling(" + asNumber(args.get(0)).sql + ")");
			default -> throw new Untranslatable();
		};
	}

	private static Typed bool(String sql) {
		return new Typed(sql, ValueType.BOOLEAN, null);
	}

	private static Typed number(String sql) {
		return new Typed(sql, ValueType.NUMBER, null);
	}

	private static Typed text(String sql) {
		return new Typed(sql, ValueType.TEXT, null);
	}

	/** A SQL expression with its type; null type for the null literal. */
	private record Typed(String sql, ValueType type, String endSql) {
	}

	private static final class Untranslatable extends RuntimeException {

		Untranslatable() {
			super(null, null, false, false);
		}
	}
}
