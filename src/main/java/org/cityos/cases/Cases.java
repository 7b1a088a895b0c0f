package org.cityos.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityos.cases.CasePlace.Division;
import org.cityos.shared.ConflictException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The cases, loaded and saved whole. A save names the version it loaded; when another
 * transition saved first, nothing is written and the caller gets a 409.
 */
@Repository
public class Cases {

	static final String COLUMNS = """
			id, number, version, channel, hotline_type, category_code, description, urgency, lon, lat, address,
			grid_code, grid_name, community_code, community_name, street_code, street_name, district_code, district_name,
			reporter_name, reporter_phone, reporter_email, reported_by, status, resolution, department_code, handler,
			answer, reject_reason, reply_note, created_at, registered_at, dispatched_at, first_dispatched_at,
			accepted_at, replied_at, first_replied_at, verified_at, closed_at, limit_amount, limit_unit, yellow_at,
			due_at, card, supervised, supervised_at, return_count, rework_count, reopen_count, extension_count,
			satisfaction, rating_comment, rated_at, master_number, updated_at""";

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The day's next number, yyyyMMdd + 6 digits (in the caller's transaction, if any). */
	String nextNumber(LocalDate day) {
		int sequence = jdbc.sql("""
				insert into cases_number_sequence (day, last) values (:day, 1)
				on conflict (day) do update set last = cases_number_sequence.last + 1 returning last
				""").param("day", day).query(Integer.class).single();
		return day.format(DAY) + String.format("%06d", sequence);
	}

	/** Inserts the case under its number. */
	void insert(Case c, String number) {
		c.number = number;
		c.id = bind(jdbc.sql("insert into cases_case (" + COLUMNS.replace("id, number", "number") + ") values ("
				+ ":number, :version, :channel, :hotlineType, :category, :description, :urgency, :lon, :lat, :address, "
				+ ":gridCode, :gridName, :communityCode, :communityName, :streetCode, :streetName, :districtCode, :districtName, "
				+ ":reporterName, :reporterPhone, :reporterEmail, :reportedBy, :status, :resolution, :department, :handler, "
				+ ":answer, :rejectReason, :replyNote, :createdAt, :registeredAt, :dispatchedAt, :firstDispatchedAt, "
				+ ":acceptedAt, :repliedAt, :firstRepliedAt, :verifiedAt, :closedAt, :limitAmount, :limitUnit, :yellowAt, "
				+ ":dueAt, :card, :supervised, :supervisedAt, :returnCount, :reworkCount, :reopenCount, :extensionCount, "
				+ ":satisfaction, :ratingComment, :ratedAt, :master, :updatedAt) returning id"), c)
			.query(Long.class).single();
	}

	/** Saves a changed case if nobody saved it since it was loaded; bumps its version. */
	void save(Case c, Instant at) {
		c.updatedAt = at;
		int updated = bind(jdbc.sql("""
				update cases_case set version = version + 1, status = :status, resolution = :resolution,
				  department_code = :department, handler = :handler, answer = :answer, reject_reason = :rejectReason,
				  reply_note = :replyNote, registered_at = :registeredAt, dispatched_at = :dispatchedAt,
				  first_dispatched_at = :firstDispatchedAt, accepted_at = :acceptedAt, replied_at = :repliedAt,
				  first_replied_at = :firstRepliedAt, verified_at = :verifiedAt, closed_at = :closedAt,
				  limit_amount = :limitAmount, limit_unit = :limitUnit, yellow_at = :yellowAt, due_at = :dueAt, card = :card,
				  supervised = :supervised, supervised_at = :supervisedAt, return_count = :returnCount,
				  rework_count = :reworkCount, reopen_count = :reopenCount, extension_count = :extensionCount,
				  satisfaction = :satisfaction, rating_comment = :ratingComment, rated_at = :ratedAt,
				  master_number = :master, updated_at = :updatedAt
				where id = :id and version = :loadedVersion
				"""), c).param("id", c.id).param("loadedVersion", c.version).update();
		if (updated == 0) {
			throw new ConflictException("Case " + c.number + " was changed by someone else meanwhile (you had version "
					+ c.version + "); reload it and try again");
		}
		c.version++;
	}

	public Optional<Case> find(String number) {
		return jdbc.sql("select " + COLUMNS + " from cases_case where number = :number").param("number", number)
			.query(Cases::row).optional();
	}

	/** The cases merged into {@code master}, oldest first. */
	public List<Case> mergedInto(String master) {
		return jdbc.sql("select " + COLUMNS + " from cases_case where master_number = :master order by id")
			.param("master", master).query(Cases::row).list();
	}

	/** What a list may be narrowed to; null means any. {@code scope} restricts to what the caller may see. */
	public record Search(@Nullable List<CaseStatus> statuses, @Nullable String department, @Nullable String category,
			@Nullable String street, @Nullable String grid, @Nullable Channel channel, boolean overdueOnly,
			@Nullable Card card, @Nullable String text, @Nullable Instant from, @Nullable Instant to,
			@Nullable Boolean supervised, CaseScope scope, @Nullable Boolean extensionRequested) {

		public Search(@Nullable List<CaseStatus> statuses, @Nullable String department, @Nullable String category,
				@Nullable String street, @Nullable String grid, @Nullable Channel channel, boolean overdueOnly,
				@Nullable Card card, @Nullable String text, @Nullable Instant from, @Nullable Instant to,
				@Nullable Boolean supervised, CaseScope scope) {
			this(statuses, department, category, street, grid, channel, overdueOnly, card, text, from, to, supervised,
					scope, null);
		}
	}

	public PageResult<Case> search(Search search, PageRequest page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Binding> bindings = new ArrayList<>();
		if (search.statuses() != null && !search.statuses().isEmpty()) {
			where.append(" and status in (:statuses)");
			bindings.add(s -> s.param("statuses", search.statuses().stream().map(Enum::name).toList()));
		}
		condition(where, bindings, search.department(), "department_code = :department", "department");
		if (search.category() != null) {
			where.append(" and category_code like :category");
			bindings.add(s -> s.param("category", search.category() + "%"));
		}
		condition(where, bindings, search.street(), "street_code = :street", "street");
		if (search.grid() != null) {
			where.append(" and grid_code = :grid");
			bindings.add(s -> s.param("grid", search.grid()));
		}
		if (search.channel() != null) {
			where.append(" and channel = :channel");
			bindings.add(s -> s.param("channel", search.channel().name()));
		}
		if (search.overdueOnly()) {
			where.append(" and status in ('DISPATCHED', 'IN_PROGRESS', 'REPLIED', 'VERIFIED') and due_at < now()");
		}
		if (search.card() != null) {
			where.append(" and card = :card");
			bindings.add(s -> s.param("card", search.card().name()));
		}
		if (search.supervised() != null) {
			where.append(" and supervised = :supervised");
			bindings.add(s -> s.param("supervised", search.supervised()));
		}
		if (search.extensionRequested() != null) {
			// 延期申请 waiting for the command center's decision (at most one per case).
			where.append(search.extensionRequested() ? " and" : " and not").append(
					" exists (select 1 from cases_extension e where e.case_id = cases_case.id and e.state = 'REQUESTED')");
		}
		if (search.text() != null && !search.text().isBlank()) {
			where.append(" and (number = :exact or description ilike :text or address ilike :text)");
			String text = search.text().trim();
			bindings.add(s -> s.param("exact", text).param("text", "%" + text.replace("%", "\\%").replace("_", "\\_") + "%"));
		}
		if (search.from() != null) {
			where.append(" and created_at >= :from");
			bindings.add(s -> s.param("from", Timestamp.from(search.from())));
		}
		if (search.to() != null) {
			where.append(" and created_at < :to");
			bindings.add(s -> s.param("to", Timestamp.from(search.to())));
		}
		search.scope().appendTo(where, bindings);
		StatementSpec count = jdbc.sql("select count(*) from cases_case" + where);
		for (Binding b : bindings) {
			count = b.bind(count);
		}
		long total = count.query(Long.class).single();
		StatementSpec select = jdbc.sql("select " + COLUMNS + " from cases_case" + where
				+ " order by created_at desc, id desc limit :limit offset :offset");
		for (Binding b : bindings) {
			select = b.bind(select);
		}
		List<Case> content = select.param("limit", page.size()).param("offset", page.offset()).query(Cases::row).list();
		return PageResult.of(content, page, total);
	}

	private static void condition(StringBuilder where, List<Binding> bindings, @Nullable String value, String sql,
			String name) {
		if (value != null && !value.isBlank()) {
			where.append(" and ").append(sql);
			bindings.add(s -> s.param(name, value.trim()));
		}
	}

	/** Adds a named parameter to a statement. */
	@FunctionalInterface
	public interface Binding {

		StatementSpec bind(StatementSpec statement);
	}

	private static StatementSpec bind(StatementSpec s, Case c) {
		CasePlace p = c.place;
		Deadline d = c.deadline;
		return s.param("number", c.number).param("version", c.version).param("channel", c.channel.name())
			.param("hotlineType", name(c.hotlineType)).param("category", c.categoryCode)
			.param("description", c.description).param("urgency", c.urgency.name())
			.param("lon", p == null ? null : p.lon()).param("lat", p == null ? null : p.lat())
			.param("address", p == null ? null : p.address())
			.param("gridCode", p == null || p.grid() == null ? null : p.grid().code())
			.param("gridName", p == null || p.grid() == null ? null : p.grid().name())
			.param("communityCode", p == null || p.community() == null ? null : p.community().code())
			.param("communityName", p == null || p.community() == null ? null : p.community().name())
			.param("streetCode", p == null || p.street() == null ? null : p.street().code())
			.param("streetName", p == null || p.street() == null ? null : p.street().name())
			.param("districtCode", p == null || p.district() == null ? null : p.district().code())
			.param("districtName", p == null || p.district() == null ? null : p.district().name())
			.param("reporterName", c.reporterName).param("reporterPhone", c.reporterPhone)
			.param("reporterEmail", c.reporterEmail).param("reportedBy", c.reportedBy)
			.param("status", c.status.name()).param("resolution", name(c.resolution))
			.param("department", c.departmentCode).param("handler", c.handler).param("answer", c.answer)
			.param("rejectReason", c.rejectReason).param("replyNote", c.replyNote)
			.param("createdAt", ts(c.createdAt)).param("registeredAt", ts(c.registeredAt))
			.param("dispatchedAt", ts(c.dispatchedAt)).param("firstDispatchedAt", ts(c.firstDispatchedAt))
			.param("acceptedAt", ts(c.acceptedAt)).param("repliedAt", ts(c.repliedAt))
			.param("firstRepliedAt", ts(c.firstRepliedAt)).param("verifiedAt", ts(c.verifiedAt))
			.param("closedAt", ts(c.closedAt)).param("limitAmount", d == null ? null : d.amount())
			.param("limitUnit", d == null ? null : d.unit().name()).param("yellowAt", d == null ? null : ts(d.yellowAt()))
			.param("dueAt", d == null ? null : ts(d.dueAt())).param("card", c.card.name())
			.param("supervised", c.supervised).param("supervisedAt", ts(c.supervisedAt))
			.param("returnCount", c.returnCount).param("reworkCount", c.reworkCount)
			.param("reopenCount", c.reopenCount).param("extensionCount", c.extensionCount)
			.param("satisfaction", name(c.satisfaction)).param("ratingComment", c.ratingComment)
			.param("ratedAt", ts(c.ratedAt)).param("master", c.masterNumber).param("updatedAt", ts(c.updatedAt));
	}

	static Case row(ResultSet rs, int n) throws SQLException {
		Case c = new Case();
		c.id = rs.getLong("id");
		c.number = rs.getString("number");
		c.version = rs.getInt("version");
		c.channel = Channel.valueOf(rs.getString("channel"));
		c.hotlineType = value(HotlineType.class, rs.getString("hotline_type"));
		c.categoryCode = rs.getString("category_code");
		c.description = rs.getString("description");
		c.urgency = Urgency.valueOf(rs.getString("urgency"));
		Double lon = (Double) rs.getObject("lon");
		String address = rs.getString("address");
		if (lon != null || address != null) {
			c.place = new CasePlace(lon, (Double) rs.getObject("lat"), address,
					division(rs, "grid"), division(rs, "community"), division(rs, "street"), division(rs, "district"));
		}
		c.reporterName = rs.getString("reporter_name");
		c.reporterPhone = rs.getString("reporter_phone");
		c.reporterEmail = rs.getString("reporter_email");
		c.reportedBy = rs.getString("reported_by");
		c.status = CaseStatus.valueOf(rs.getString("status"));
		c.resolution = value(Resolution.class, rs.getString("resolution"));
		c.departmentCode = rs.getString("department_code");
		c.handler = rs.getString("handler");
		c.answer = rs.getString("answer");
		c.rejectReason = rs.getString("reject_reason");
		c.replyNote = rs.getString("reply_note");
		c.createdAt = instant(rs, "created_at");
		c.registeredAt = instant(rs, "registered_at");
		c.dispatchedAt = instant(rs, "dispatched_at");
		c.firstDispatchedAt = instant(rs, "first_dispatched_at");
		c.acceptedAt = instant(rs, "accepted_at");
		c.repliedAt = instant(rs, "replied_at");
		c.firstRepliedAt = instant(rs, "first_replied_at");
		c.verifiedAt = instant(rs, "verified_at");
		c.closedAt = instant(rs, "closed_at");
		Instant due = instant(rs, "due_at");
		if (due != null) {
			c.deadline = new Deadline(rs.getInt("limit_amount"), LimitUnit.valueOf(rs.getString("limit_unit")),
					instant(rs, "yellow_at"), due);
		}
		c.card = Card.valueOf(rs.getString("card"));
		c.supervised = rs.getBoolean("supervised");
		c.supervisedAt = instant(rs, "supervised_at");
		c.returnCount = rs.getInt("return_count");
		c.reworkCount = rs.getInt("rework_count");
		c.reopenCount = rs.getInt("reopen_count");
		c.extensionCount = rs.getInt("extension_count");
		c.satisfaction = value(Satisfaction.class, rs.getString("satisfaction"));
		c.ratingComment = rs.getString("rating_comment");
		c.ratedAt = instant(rs, "rated_at");
		c.masterNumber = rs.getString("master_number");
		c.updatedAt = instant(rs, "updated_at");
		return c;
	}

	private static @Nullable Division division(ResultSet rs, String level) throws SQLException {
		String code = rs.getString(level + "_code");
		return code == null ? null : new Division(code, rs.getString(level + "_name"));
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	@SuppressWarnings("NullAway")
	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
