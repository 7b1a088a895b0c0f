package org.cityos.cases.analysis;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.Categories;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where and what the city's problems are: a heat map (cases per ~100 m cell), the top categories,
 * the trend of cases taken in and closed, and 重复发生 places: the same category at least
 * {@code minCount} times in the period within a cell of {@code metres}. Cells are fixed squares,
 * so a cluster on a cell's edge may be split in two; the result is a pointer for inspection.
 */
@Component
public class CaseAnalysis {

	public record HeatPoint(double lon, double lat, long count) {
	}

	public record CategoryCount(String code, String name, long count) {
	}

	public record TrendPoint(LocalDate period, long received, long closed) {
	}

	public record RepeatedPlace(String categoryCode, String categoryName, long count, double lon, double lat,
			@Nullable String street, List<String> numbers) {
	}

	private final JdbcClient jdbc;

	private final Categories categories;

	private final ZoneId zone;

	CaseAnalysis(JdbcClient jdbc, Categories categories, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.zone = calendar.zone();
	}

	public List<HeatPoint> heatMap(Instant from, Instant to, @Nullable String category) {
		return jdbc.sql("""
				select round(cast(lon as numeric), 3), round(cast(lat as numeric), 3), count(*)
				from cases_case where created_at >= :from and created_at < :to and lon is not null
				  and category_code like :category
				group by 1, 2 order by 3 desc limit 5000
				""").param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("category", (category == null ? "" : category) + "%")
			.query((rs, n) -> new HeatPoint(rs.getDouble(1), rs.getDouble(2), rs.getLong(3))).list();
	}

	public List<CategoryCount> topCategories(Instant from, Instant to, int limit) {
		return jdbc.sql("""
				select category_code, count(*) from cases_case where created_at >= :from and created_at < :to
				group by 1 order by 2 desc, 1 limit :limit
				""").param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
			.query((rs, n) -> new CategoryCount(rs.getString(1), categories.pathName(rs.getString(1)), rs.getLong(2)))
			.list();
	}

	/** Per day, week or month (local time): cases taken in and cases closed. */
	public List<TrendPoint> trend(Instant from, Instant to, String unit) {
		if (!Arrays.asList("day", "week", "month").contains(unit)) {
			throw org.cityos.shared.InvalidInputException.ofField("interval", "day, week or month");
		}
		return jdbc.sql("""
				select cast(b as date), sum(r), sum(c) from (
				  select date_trunc(:unit, created_at at time zone :zone) as b, 1 as r, 0 as c from cases_case
				  where created_at >= :from and created_at < :to
				  union all
				  select date_trunc(:unit, closed_at at time zone :zone), 0, 1 from cases_case
				  where status = 'CLOSED' and closed_at >= :from and closed_at < :to
				) x group by b order by b
				""").param("unit", unit).param("zone", zone.getId()).param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new TrendPoint(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3))).list();
	}

	public List<RepeatedPlace> repeated(Instant from, Instant to, int metres, int minCount) {
		double cell = metres / 111_320.0;
		return jdbc.sql("""
				select category_code, count(*), avg(lon), avg(lat), min(street_name),
				       (array_agg(number order by created_at desc))[1 : 20]
				from cases_case where created_at >= :from and created_at < :to and lon is not null
				  and status not in ('REJECTED', 'MERGED')
				group by category_code, floor(lat / :cell), floor(lon * cos(radians(lat)) / :cell)
				having count(*) >= :min order by 2 desc, 1 limit 200
				""").param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("cell", cell)
			.param("min", minCount)
			.query((rs, n) -> new RepeatedPlace(rs.getString(1), categories.pathName(rs.getString(1)), rs.getLong(2),
					rs.getDouble(3), rs.getDouble(4), rs.getString(5),
					Arrays.asList((String[]) rs.getArray(6).getArray())))
			.list();
	}
}
