package org.cityos.scorecard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.SharingStatistics;
import org.cityos.registry.RegistryStatistics;
import org.cityos.scorecard.assessment.DepartmentScore;
import org.cityos.scorecard.assessment.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * A ranking as a table, for the CSV and Excel exports: one header row (Chinese, as the
 * bureau's reports are), then one row per department: rank, department, total, each indicator's
 * score, then the main facts behind them. Cells are text or numbers; an empty cell is a score
 * the department had nothing to be measured on.
 */
record ScorecardTable(List<String> header, List<List<@Nullable Object>> rows) {

	static ScorecardTable of(List<DepartmentScore> lines, Map<String, String> departmentNames) {
		List<String> header = new ArrayList<>(List.of("排名", "部门代码", "部门名称", "总分"));
		for (Indicator indicator : Indicator.values()) {
			header.add(indicator.label() + "得分");
		}
		header.addAll(List.of("目录资源数", "本期新增资源", "应归集次数", "按时归集次数", "接收行数", "拒收行数", "证照号码校验失败行数",
				"已填单元格", "单元格总数", "比对值数", "一致值数", "本期发现差异", "逾期差异", "本期关闭差异", "差异平均关闭工作日",
				"被其他部门读取次数", "读取部门数", "应答复申请", "按期答复申请", "申请平均答复工作日", "逾期未答复申请"));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (DepartmentScore line : lines) {
			List<@Nullable Object> row = new ArrayList<>();
			row.add(line.rank());
			row.add(line.departmentCode());
			row.add(departmentNames.getOrDefault(line.departmentCode(), line.departmentCode()));
			row.add(line.total());
			for (Indicator indicator : Indicator.values()) {
				row.add(line.scores().get(indicator));
			}
			SharingStatistics.ProviderFigures s = line.facts().sharing();
			RegistryStatistics.ProviderFigures r = line.facts().registry();
			row.addAll(List.of(s.resources(), s.newResources(), s.deliveriesDue(), s.deliveriesOnTime(), s.rowsReceived(),
					s.rowsRejected(), s.identifierFailures(), s.cellsFilled(), s.cells(), r.sourceValues(), r.agreeingValues(),
					r.discrepanciesFound(), r.discrepanciesOverdue(), r.discrepanciesClosed()));
			row.add(rounded(r.closingWorkingDaysMean()));
			row.addAll(List.of(line.facts().use().reads(), line.facts().use().readingDepartments(), s.requestsDue(),
					s.requestsAnsweredOnTime()));
			row.add(rounded(s.answerWorkingDaysMean()));
			row.add(s.requestsWaitingOverdue());
			rows.add(row);
		}
		return new ScorecardTable(List.copyOf(header), rows);
	}

	private static @Nullable Double rounded(@Nullable Double value) {
		return value == null ? null : Math.round(value * 100) / 100.0;
	}
}
