package org.cityos.cases.analysis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.analysis.Evaluation.GroupBy;
import org.cityos.cases.analysis.Evaluation.Result;
import org.cityos.cases.analysis.Evaluation.Row;
import org.cityos.platform.Spreadsheets;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 综合评价 and analysis for the command center and the city's leaders. {@code from}/{@code to} are
 * local dates (the period is [from 00:00, to+1 00:00) in the calendar's zone) or instants;
 * the default is the last 30 days.
 */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
class AnalysisController {

	private static final List<String> HEADER = List.of("分组代码 key", "名称 name", "应结案数 registered",
			"结案数 closed", "按期结案数 closed on time", "应处置数 dispatched", "处置数 replied", "按期处置数 replied on time",
			"返工数 reworked", "延期数 extended", "派遣次数 dispatches", "退单次数 returns", "评价数 rated", "满意数 satisfied",
			"结案率", "按期结案率", "处置率", "按期处置率", "返工率", "延期率", "退单率", "满意率");

	private final Evaluation evaluation;

	private final CaseAnalysis analysis;

	private final SupervisionBoard supervision;

	private final ZoneId zone;

	AnalysisController(Evaluation evaluation, CaseAnalysis analysis, SupervisionBoard supervision,
			WorkingCalendar calendar) {
		this.evaluation = evaluation;
		this.analysis = analysis;
		this.supervision = supervision;
		this.zone = calendar.zone();
	}

	@GetMapping("/evaluation")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
	Result evaluate(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "department") String groupBy) {
		Instant[] period = period(from, to);
		return evaluation.evaluate(period[0], period[1], groupBy(groupBy));
	}

	@GetMapping("/evaluation.csv")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
	ResponseEntity<byte[]> evaluationCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "department") String groupBy) {
		Result result = evaluate(from, to, groupBy);
		return file(Spreadsheets.csv(HEADER, table(result)), "text/csv; charset=utf-8", name(result, "csv"));
	}

	@GetMapping("/evaluation.xlsx")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
	ResponseEntity<byte[]> evaluationXlsx(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "department") String groupBy) {
		Result result = evaluate(from, to, groupBy);
		return file(Spreadsheets.xlsx("综合评价", HEADER, table(result)), Spreadsheets.XLSX, name(result, "xlsx"));
	}

	@GetMapping("/analysis/heatmap")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
	List<CaseAnalysis.HeatPoint> heatMap(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String category) {
		Instant[] period = period(from, to);
		return analysis.heatMap(period[0], period[1], category);
	}

	@GetMapping("/analysis/top-categories")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
	List<CaseAnalysis.CategoryCount> topCategories(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(defaultValue = "10") int limit) {
		Instant[] period = period(from, to);
		return analysis.topCategories(period[0], period[1], Math.max(1, Math.min(limit, 100)));
	}

	@GetMapping("/analysis/trend")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
	List<CaseAnalysis.TrendPoint> trend(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(defaultValue = "day") String interval) {
		Instant[] period = period(from, to);
		return analysis.trend(period[0], period[1], interval);
	}

	@GetMapping("/analysis/repeated")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
	List<CaseAnalysis.RepeatedPlace> repeated(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(defaultValue = "50") int metres,
			@RequestParam(defaultValue = "3") int minCount) {
		if (metres < 5 || metres > 5000) {
			throw InvalidInputException.ofField("metres", "between 5 and 5000");
		}
		Instant[] period = period(from, to);
		return analysis.repeated(period[0], period[1], metres, Math.max(2, minCount));
	}

	/** 督办看板: open cases per department with cards, and the latest escalations (the desk's page). */
	@GetMapping("/analysis/supervision")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'OPERATOR')")
	SupervisionBoard.Board supervision(@RequestParam(defaultValue = "50") int escalations) {
		return supervision.now(Math.max(1, Math.min(escalations, 500)));
	}

	private Instant[] period(@Nullable String from, @Nullable String to) {
		Instant end = to == null || to.isBlank() ? Instant.now() : instant("to", to, true);
		Instant start = from == null || from.isBlank() ? end.minusSeconds(30L * 86400) : instant("from", from, false);
		if (!start.isBefore(end)) {
			throw InvalidInputException.ofField("from", "must be before to");
		}
		return new Instant[] { start, end };
	}

	private Instant instant(String field, String text, boolean endOfDay) {
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
			}
			return java.time.OffsetDateTime.parse(text).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw InvalidInputException.ofField(field, "a date (2026-11-24) or a date-time with offset");
		}
	}

	private static GroupBy groupBy(String text) {
		try {
			return GroupBy.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.ofField("groupBy", "department, street, grid or worker");
		}
	}

	private static List<List<@Nullable Object>> table(Result result) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Row r : result.rows()) {
			rows.add(cells(r));
		}
		rows.add(cells(result.total()));
		return rows;
	}

	private static List<@Nullable Object> cells(Row r) {
		List<@Nullable Object> cells = new ArrayList<>(List.of(r.key() == null ? "" : r.key(), r.name(), r.registered(),
				r.closed(), r.closedOnTime(), r.dispatched(), r.replied(), r.repliedOnTime(), r.reworked(), r.extended(),
				r.dispatches(), r.returns(), r.rated(), r.satisfied()));
		cells.add(r.closingRate());
		cells.add(r.onTimeClosingRate());
		cells.add(r.handlingRate());
		cells.add(r.onTimeHandlingRate());
		cells.add(r.reworkRate());
		cells.add(r.extensionRate());
		cells.add(r.returnRate());
		cells.add(r.satisfactionRate());
		return cells;
	}

	private String name(Result result, String extension) {
		return "cases-evaluation-" + result.groupBy().name().toLowerCase(Locale.ROOT) + "-"
				+ LocalDate.ofInstant(result.from(), zone) + "-" + LocalDate.ofInstant(result.to().minusSeconds(1), zone)
				+ "." + extension;
	}

	private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
