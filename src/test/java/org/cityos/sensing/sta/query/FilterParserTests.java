package org.cityos.sensing.sta.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.sensing.sta.query.Columns.Column;
import org.cityos.sensing.sta.query.Columns.ValueType;
import org.cityos.sensing.sta.query.Expression.Binary;
import org.cityos.sensing.sta.query.Expression.Call;
import org.cityos.sensing.sta.query.Expression.Literal;
import org.cityos.sensing.sta.query.Expression.Path;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class FilterParserTests {

	private static final Columns COLUMNS = path -> switch (String.join("/", path)) {
		case "name" -> Optional.of(new Column("t.name", ValueType.TEXT));
		case "result" -> Optional.of(new Column("t.result_number|t.result_json", ValueType.RESULT));
		case "phenomenonTime" -> Optional.of(new Column("t.phenomenon_time", ValueType.TIME, "t.phenomenon_time_end"));
		case "properties/kind" -> Optional.of(new Column("(t.properties #> '{kind}')", ValueType.JSON));
		default -> Optional.empty();
	};

	@Test
	void precedenceIsOrThenAndThenNotThenComparisonThenArithmetic() {
		Expression e = FilterParser.parse("a eq 1 or b eq 2 and not c eq 3 add 4 mul 5");
		assertThat(e).isInstanceOf(Binary.class);
		Binary or = (Binary) e;
		assertThat(or.operator()).isEqualTo("or");
		Binary and = (Binary) or.right();
		assertThat(and.operator()).isEqualTo("and");
		Expression.Unary not = (Expression.Unary) and.right();
		Binary eq = (Binary) not.operand();
		Binary add = (Binary) eq.right();
		assertThat(add.operator()).isEqualTo("add");
		assertThat(((Binary) add.right()).operator()).isEqualTo("mul");
	}

	@Test
	void literalsOfEveryKind() {
		assertThat(((Binary) FilterParser.parse("x eq 'it''s'")).right()).isEqualTo(new Literal("it's"));
		assertThat(((Binary) FilterParser.parse("x eq 42")).right()).isEqualTo(new Literal(42L));
		assertThat(((Binary) FilterParser.parse("x eq 4.5e1")).right()).isEqualTo(new Literal(45.0));
		assertThat(((Binary) FilterParser.parse("x eq 2026-01-01T08:00:00+08:00")).right())
			.isEqualTo(new Literal(Instant.parse("2026-01-01T00:00:00Z")));
		assertThat(((Binary) FilterParser.parse("x eq null")).right()).isEqualTo(new Literal(null));
		assertThat(((Literal) ((Call) FilterParser.parse("st_within(location, geography'POINT(1 2)')")).arguments().get(1)).value())
			.isInstanceOf(Geometry.class);
		assertThat(((Binary) FilterParser.parse("Datastream/Thing/name eq 'x'")).left())
			.isEqualTo(new Path(List.of("Datastream", "Thing", "name")));
	}

	@Test
	void syntaxErrorsSayWhere() {
		assertThatThrownBy(() -> FilterParser.parse("name eq")).isInstanceOf(FilterSyntaxException.class);
		assertThatThrownBy(() -> FilterParser.parse("name eq 'open")).hasMessageContaining("Unterminated");
		assertThatThrownBy(() -> FilterParser.parse("nosuch(name)")).hasMessageContaining("Unknown function");
		assertThatThrownBy(() -> FilterParser.parse("length(a, b) eq 1")).hasMessageContaining("takes 1");
		assertThatThrownBy(() -> FilterParser.parse("(a eq 1")).hasMessageContaining("')'");
	}

	@Test
	void translatesToSqlWithParameters() {
		Map<String, Object> params = new HashMap<>();
		String sql = new SqlFilter(COLUMNS, params, "p").translate(
				FilterParser.parse("startswith(name, 'PM') and result add 1 gt 10 and year(phenomenonTime) eq 2026")).orElseThrow();
		assertThat(sql).contains("starts_with(t.name").contains("t.result_number").contains("extract(year from t.phenomenon_time");
		assertThat(params).containsValues("PM", 1L, 10L, 2026L);
	}

	@Test
	void resultAndJsonPropertiesFollowTheOtherOperandsType() {
		Map<String, Object> params = new HashMap<>();
		SqlFilter filter = new SqlFilter(COLUMNS, params, "p");
		assertThat(filter.translate(FilterParser.parse("result eq 'high'")).orElseThrow()).contains("t.result_json #>> '{}'");
		assertThat(filter.translate(FilterParser.parse("properties/kind eq 'air'")).orElseThrow()).contains("#>> '{}'");
		assertThat(filter.translate(FilterParser.parse("properties/kind gt 3")).orElseThrow()).contains("jsonb_typeof");
		assertThat(filter.translate(FilterParser.parse("name eq null")).orElseThrow()).contains("is null");
	}

	@Test
	void aMissingValueMatchesNeitherEqNorNeAValueInSqlAndInJava() {
		SqlFilter filter = new SqlFilter(COLUMNS, new HashMap<>(), "p");
		assertThat(filter.translate(FilterParser.parse("name ne 'x'")).orElseThrow()).isEqualTo("(t.name <> cast(:p0 as text))");
		assertThat(filter.translate(FilterParser.parse("name ne null")).orElseThrow()).contains("is not null");
		FilterEvaluation missing = new FilterEvaluation(path -> null);
		assertThat(missing.test(FilterParser.parse("name ne 'x'"))).isFalse();
		assertThat(missing.test(FilterParser.parse("name eq 'x'"))).isFalse();
		assertThat(missing.test(FilterParser.parse("name eq null"))).isTrue();
		assertThat(missing.test(FilterParser.parse("name ne null"))).isFalse();
		FilterEvaluation present = new FilterEvaluation(path -> "y");
		assertThat(present.test(FilterParser.parse("name ne 'x'"))).isTrue();
		assertThat(present.test(FilterParser.parse("name ne null"))).isTrue();
		assertThat(present.test(FilterParser.parse("name eq null"))).isFalse();
	}

	@Test
	void geospatialFunctionsHaveNoSqlFormAndEvaluateInJava() {
		Expression condition = FilterParser.parse("geo.distance(location, geography'POINT(108.7 34.3)') lt 0.01");
		assertThat(new SqlFilter(COLUMNS, new HashMap<>(), "p").translate(condition)).isEmpty();
		Geometry here = new org.locationtech.jts.geom.GeometryFactory()
			.createPoint(new org.locationtech.jts.geom.Coordinate(108.705, 34.3));
		assertThat(new FilterEvaluation(path -> here).test(condition)).isTrue();
		assertThat(new FilterEvaluation(path -> here).test(FilterParser.parse(
				"st_within(location, geography'POLYGON((108 34, 109 34, 109 35, 108 35, 108 34))')"))).isTrue();
	}

	@Test
	void javaEvaluationCoversStringDateAndMathFunctions() {
		Map<String, Object> values = Map.of("name", "  Station A ", "t", Instant.parse("2026-05-04T03:02:01.5Z"), "v", 2.5);
		FilterEvaluation evaluation = new FilterEvaluation(path -> values.get(path.get(0)));
		assertThat(evaluation.test(FilterParser.parse("trim(name) eq 'Station A' and toupper(trim(name)) eq 'STATION A'"))).isTrue();
		assertThat(evaluation.test(FilterParser.parse("indexof(trim(name), 'A') eq 8 and substring(trim(name), 0, 7) eq 'Station'"))).isTrue();
		assertThat(evaluation.test(FilterParser.parse("concat(trim(name), '!') eq 'Station A!' and endswith(trim(name), 'A')"))).isTrue();
		assertThat(evaluation.test(FilterParser.parse("year(t) eq 2026 and month(t) eq 5 and day(t) eq 4 and hour(t) eq 3 "
				+ "and minute(t) eq 2 and second(t) eq 1 and fractionalseconds(t) eq 0.5 and date(t) eq 2026-05-04"))).isTrue();
		assertThat(evaluation.test(FilterParser.parse("round(v) eq 3 and floor(v) eq 2 and ceiling(v) eq 3 and v mod 2 eq 0.5 "
				+ "and v div 0.5 eq 5 and v sub 0.5 eq 2 and t lt now() and t gt mindatetime()"))).isTrue();
		assertThat(evaluation.test(FilterParser.parse("name gt 1"))).as("a type error is false, not an exception").isFalse();
	}
}
