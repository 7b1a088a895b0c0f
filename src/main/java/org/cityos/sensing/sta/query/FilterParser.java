package org.cityos.sensing.sta.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityos.sensing.sta.query.Expression.Binary;
import org.cityos.sensing.sta.query.Expression.Call;
import org.cityos.sensing.sta.query.Expression.Literal;
import org.cityos.sensing.sta.query.Expression.Path;
import org.cityos.sensing.sta.query.Expression.Unary;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Recursive-descent parser of the OData subset SensorThings 1.1 uses in {@code $filter} and
 * {@code $orderby}. Precedence, lowest first: {@code or}, {@code and}, {@code not}, comparison,
 * {@code add sub}, {@code mul div mod}, unary minus, primary. Immutable and thread-safe.
 */
public final class FilterParser {

	private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");

	/** Function name → allowed argument counts (min, max). */
	private static final java.util.Map<String, int[]> FUNCTIONS = java.util.Map.ofEntries(
			java.util.Map.entry("substringof", new int[] { 2, 2 }), java.util.Map.entry("endswith", new int[] { 2, 2 }),
			java.util.Map.entry("startswith", new int[] { 2, 2 }), java.util.Map.entry("contains", new int[] { 2, 2 }),
			java.util.Map.entry("length", new int[] { 1, 1 }), java.util.Map.entry("indexof", new int[] { 2, 2 }),
			java.util.Map.entry("substring", new int[] { 2, 3 }), java.util.Map.entry("tolower", new int[] { 1, 1 }),
			java.util.Map.entry("toupper", new int[] { 1, 1 }), java.util.Map.entry("trim", new int[] { 1, 1 }),
			java.util.Map.entry("concat", new int[] { 2, 2 }), java.util.Map.entry("year", new int[] { 1, 1 }),
			java.util.Map.entry("month", new int[] { 1, 1 }), java.util.Map.entry("day", new int[] { 1, 1 }),
			java.util.Map.entry("hour", new int[] { 1, 1 }), java.util.Map.entry("minute", new int[] { 1, 1 }),
			java.util.Map.entry("second", new int[] { 1, 1 }), java.util.Map.entry("fractionalseconds", new int[] { 1, 1 }),
			java.util.Map.entry("date", new int[] { 1, 1 }), java.util.Map.entry("time", new int[] { 1, 1 }),
			java.util.Map.entry("totaloffsetminutes", new int[] { 1, 1 }), java.util.Map.entry("now", new int[] { 0, 0 }),
			java.util.Map.entry("mindatetime", new int[] { 0, 1 }), java.util.Map.entry("maxdatetime", new int[] { 0, 1 }),
			java.util.Map.entry("round", new int[] { 1, 1 }), java.util.Map.entry("floor", new int[] { 1, 1 }),
			java.util.Map.entry("ceiling", new int[] { 1, 1 }), java.util.Map.entry("geo.distance", new int[] { 2, 2 }),
			java.util.Map.entry("geo.length", new int[] { 1, 1 }), java.util.Map.entry("geo.intersects", new int[] { 2, 2 }),
			java.util.Map.entry("st_equals", new int[] { 2, 2 }), java.util.Map.entry("st_disjoint", new int[] { 2, 2 }),
			java.util.Map.entry("st_touches", new int[] { 2, 2 }), java.util.Map.entry("st_within", new int[] { 2, 2 }),
			java.util.Map.entry("st_overlaps", new int[] { 2, 2 }), java.util.Map.entry("st_crosses", new int[] { 2, 2 }),
			java.util.Map.entry("st_intersects", new int[] { 2, 2 }), java.util.Map.entry("st_contains", new int[] { 2, 2 }),
			java.util.Map.entry("st_relate", new int[] { 3, 3 }));

	private static final Pattern DATE_TIME = Pattern.compile(
			"\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?");

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][+-]?\\d+)?[dDfFmMlL]?");

	private final List<Token> tokens;

	private int position;

	private FilterParser(String text) {
		this.tokens = tokenize(text);
	}

	/** Parses a whole {@code $filter} value. */
	public static Expression parse(String text) {
		FilterParser parser = new FilterParser(text);
		Expression expression = parser.or();
		parser.expectEnd();
		return expression;
	}

	/** Parses one {@code $orderby} item's expression (the direction is split off by the caller). */
	public static Expression parseOperand(String text) {
		FilterParser parser = new FilterParser(text);
		Expression expression = parser.additive();
		parser.expectEnd();
		return expression;
	}

	private void expectEnd() {
		if (position < tokens.size()) {
			throw new FilterSyntaxException("Unexpected '" + tokens.get(position).text + "' at character "
					+ tokens.get(position).offset);
		}
	}

	private Expression or() {
		Expression left = and();
		while (acceptWord("or")) {
			left = new Binary("or", left, and());
		}
		return left;
	}

	private Expression and() {
		Expression left = not();
		while (acceptWord("and")) {
			left = new Binary("and", left, not());
		}
		return left;
	}

	private Expression not() {
		if (acceptWord("not")) {
			return new Unary("not", not());
		}
		return comparison();
	}

	private Expression comparison() {
		Expression left = additive();
		Token next = peek();
		if (next != null && next.kind == Kind.WORD && COMPARISONS.contains(next.text.toLowerCase(Locale.ROOT))) {
			position++;
			return new Binary(next.text.toLowerCase(Locale.ROOT), left, additive());
		}
		return left;
	}

	private Expression additive() {
		Expression left = multiplicative();
		while (true) {
			if (acceptWord("add")) {
				left = new Binary("add", left, multiplicative());
			}
			else if (acceptWord("sub")) {
				left = new Binary("sub", left, multiplicative());
			}
			else {
				return left;
			}
		}
	}

	private Expression multiplicative() {
		Expression left = unary();
		while (true) {
			if (acceptWord("mul")) {
				left = new Binary("mul", left, unary());
			}
			else if (acceptWord("div")) {
				left = new Binary("div", left, unary());
			}
			else if (acceptWord("mod")) {
				left = new Binary("mod", left, unary());
			}
			else {
				return left;
			}
		}
	}

	private Expression unary() {
		Token next = peek();
		if (next != null && next.kind == Kind.MINUS) {
			position++;
			return new Unary("-", unary());
		}
		return primary();
	}

	private Expression primary() {
		Token token = peek();
		if (token == null) {
			throw new FilterSyntaxException("The expression ends too early");
		}
		position++;
		switch (token.kind) {
			case OPEN -> {
				Expression inner = or();
				expect(Kind.CLOSE, "')'");
				return inner;
			}
			case STRING -> {
				return new Literal(token.text);
			}
			case NUMBER -> {
				return new Literal(number(token.text));
			}
			case DATE_TIME -> {
				return new Literal(dateTime(token.text));
			}
			case TYPED -> {
				return new Literal(typed(token.text, token.value));
			}
			case WORD -> {
				String lower = token.text.toLowerCase(Locale.ROOT);
				if (peek() != null && peek().kind == Kind.OPEN && FUNCTIONS.containsKey(lower)) {
					position++;
					return call(lower);
				}
				if (peek() != null && peek().kind == Kind.OPEN) {
					throw new FilterSyntaxException("Unknown function " + token.text + "()");
				}
				return switch (lower) {
					case "true" -> new Literal(Boolean.TRUE);
					case "false" -> new Literal(Boolean.FALSE);
					case "null" -> new Literal(null);
					default -> new Path(List.of(token.text.split("/")));
				};
			}
			default -> throw new FilterSyntaxException("Unexpected '" + token.text + "' at character " + token.offset);
		}
	}

	private Expression call(String function) {
		List<Expression> arguments = new ArrayList<>();
		if (peek() != null && peek().kind == Kind.CLOSE) {
			position++;
		}
		else {
			do {
				arguments.add(or());
			}
			while (accept(Kind.COMMA));
			expect(Kind.CLOSE, "')' after the arguments of " + function);
		}
		int[] arity = FUNCTIONS.get(function);
		if (arguments.size() < arity[0] || arguments.size() > arity[1]) {
			throw new FilterSyntaxException(function + "() takes " + (arity[0] == arity[1] ? arity[0] : arity[0] + " to " + arity[1])
					+ " arguments, not " + arguments.size());
		}
		return new Call(function, arguments);
	}

	private static Object number(String text) {
		String digits = text.replaceAll("[dDfFmMlL]$", "");
		try {
			if (digits.matches("\\d+") && !text.matches(".*[dDfFmM]$")) {
				return Long.parseLong(digits);
			}
			return Double.parseDouble(digits);
		}
		catch (NumberFormatException ex) {
			return Double.parseDouble(digits);
		}
	}

	static Object dateTime(String text) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text);
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
				return OffsetDateTime.parse(text).toInstant();
			}
			return OffsetDateTime.parse(text + "Z").toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new FilterSyntaxException("Not a date-time: " + text);
		}
	}

	private static Object typed(String type, String value) {
		switch (type.toLowerCase(Locale.ROOT)) {
			case "geography", "geometry" -> {
				try {
					String wkt = value.replaceFirst("(?i)^SRID=\\d+;", "");
					return new WKTReader().read(wkt);
				}
				catch (ParseException ex) {
					throw new FilterSyntaxException("Not a WKT geometry: " + value);
				}
			}
			case "duration" -> {
				try {
					return Duration.parse(value);
				}
				catch (DateTimeParseException ex) {
					throw new FilterSyntaxException("Not an ISO 8601 duration: " + value);
				}
			}
			case "datetime", "datetimeoffset" -> {
				return dateTime(value);
			}
			default -> throw new FilterSyntaxException("Unknown literal type " + type);
		}
	}

	private boolean acceptWord(String word) {
		Token next = peek();
		if (next != null && next.kind == Kind.WORD && next.text.equalsIgnoreCase(word)) {
			position++;
			return true;
		}
		return false;
	}

	private boolean accept(Kind kind) {
		Token next = peek();
		if (next != null && next.kind == kind) {
			position++;
			return true;
		}
		return false;
	}

	private void expect(Kind kind, String what) {
		if (!accept(kind)) {
			Token next = peek();
			throw new FilterSyntaxException("Expected " + what + (next == null ? " at the end" : " but found '" + next.text + "'"));
		}
	}

	private Token peek() {
		return position < tokens.size() ? tokens.get(position) : null;
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '(') {
				tokens.add(new Token(Kind.OPEN, "(", null, i++));
			}
			else if (c == ')') {
				tokens.add(new Token(Kind.CLOSE, ")", null, i++));
			}
			else if (c == ',') {
				tokens.add(new Token(Kind.COMMA, ",", null, i++));
			}
			else if (c == '\'') {
				int start = i;
				StringBuilder value = new StringBuilder();
				i = quoted(text, i, value);
				tokens.add(new Token(Kind.STRING, value.toString(), null, start));
			}
			else if (c == '-' ) {
				tokens.add(new Token(Kind.MINUS, "-", null, i++));
			}
			else if (Character.isDigit(c)) {
				Matcher dateTime = DATE_TIME.matcher(text).region(i, text.length());
				Matcher number = NUMBER.matcher(text).region(i, text.length());
				if (dateTime.lookingAt()) {
					tokens.add(new Token(Kind.DATE_TIME, dateTime.group(), null, i));
					i = dateTime.end();
				}
				else if (number.lookingAt()) {
					tokens.add(new Token(Kind.NUMBER, number.group(), null, i));
					i = number.end();
				}
				else {
					throw new FilterSyntaxException("Not a number at character " + i);
				}
			}
			else if (Character.isLetter(c) || c == '@' || c == '_' || c == '$') {
				int start = i;
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_./@$".indexOf(text.charAt(i)) >= 0)) {
					i++;
				}
				String word = text.substring(start, i);
				if (i < text.length() && text.charAt(i) == '\'') {
					StringBuilder value = new StringBuilder();
					i = quoted(text, i, value);
					tokens.add(new Token(Kind.TYPED, word, value.toString(), start));
				}
				else {
					tokens.add(new Token(Kind.WORD, word, null, start));
				}
			}
			else {
				throw new FilterSyntaxException("Unexpected character '" + c + "' at character " + i);
			}
		}
		return tokens;
	}

	/** Reads a quoted literal starting at {@code i} (a quote); {@code ''} stands for one quote. */
	private static int quoted(String text, int i, StringBuilder value) {
		int j = i + 1;
		while (true) {
			if (j >= text.length()) {
				throw new FilterSyntaxException("Unterminated string starting at character " + i);
			}
			char c = text.charAt(j);
			if (c == '\'') {
				if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
					value.append('\'');
					j += 2;
					continue;
				}
				return j + 1;
			}
			value.append(c);
			j++;
		}
	}

	private enum Kind {
		WORD, STRING, NUMBER, DATE_TIME, TYPED, OPEN, CLOSE, COMMA, MINUS
	}

	private record Token(Kind kind, String text, String value, int offset) {
	}
}
