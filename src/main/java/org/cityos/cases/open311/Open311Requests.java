package org.cityos.cases.open311;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases read as Open311 service requests. */
@Repository
class Open311Requests {

	record Row(String number, boolean open, String statusNotes, String categoryCode, @Nullable String description,
			@Nullable String agency, Instant requestedAt, Instant updatedAt, @Nullable Instant dueAt,
			@Nullable String address, @Nullable Double lat, @Nullable Double lon) {
	}

	private static final String SELECT = """
			select c.number, c.status, c.reject_reason, c.master_number, c.category_code, c.channel, c.description,
			       c.department_code as agency, c.created_at, c.updated_at, c.due_at, c.address, c.lat, c.lon, c.street_name,
			       c.district_name
			from cases_case c
			""";

	private final JdbcClient jdbc;

	Open311Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> byNumbers(List<String> numbers) {
		return jdbc.sql(SELECT + " where c.number in (:numbers) order by c.created_at desc")
			.param("numbers", numbers.isEmpty() ? List.of("") : numbers).query(Open311Requests::row).list();
	}

	List<Row> search(@Nullable List<String> categories, @Nullable List<String> statuses, Instant from, Instant to,
			int limit) {
		boolean open = statuses == null || statuses.contains("open");
		boolean closed = statuses == null || statuses.contains("closed");
		return jdbc.sql(SELECT + """
				 where c.created_at >= :from and c.created_at <= :to
				   and (cast(:anyCategory as boolean) or c.category_code in (:categories))
				   and ((:open and c.status not in ('CLOSED', 'REJECTED')) or (:closed and c.status in ('CLOSED', 'REJECTED')))
				 order by c.created_at desc limit :limit
				""").param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("anyCategory", categories == null)
			.param("categories", categories == null || categories.isEmpty() ? List.of("") : categories)
			.param("open", open).param("closed", closed).param("limit", limit).query(Open311Requests::row).list();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String status = rs.getString("status");
		boolean open = !status.equals("CLOSED") && !status.equals("REJECTED");
		String notes = switch (status) {
			case "REJECTED" -> "不予受理：" + rs.getString("reject_reason");
			case "MERGED" -> "Duplicate request. 与 " + rs.getString("master_number") + " 合并办理";
			case "CLOSED" -> "已办结";
			case "RECEIVED" -> "已受理";
			case "REGISTERED" -> "已立案，待派遣";
			default -> "处置中";
		};
		String address = rs.getString("address");
		if (address == null && rs.getString("street_name") != null) {
			address = rs.getString("street_name") + ", " + rs.getString("district_name");
		}
		Timestamp due = rs.getTimestamp("due_at");
		return new Row(rs.getString("number"), open, notes, rs.getString("category_code"),
				"OPEN311".equals(rs.getString("channel")) ? rs.getString("description") : null, rs.getString("agency"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				due == null ? null : due.toInstant(), address, (Double) rs.getObject("lat"), (Double) rs.getObject("lon"));
	}
}
