package org.cityos.demo;

import java.util.List;

import org.cityos.directory.Department;
import org.cityos.directory.DepartmentKind;

/**
 * The demo city's departments: the bureaus the seeds name, under the municipal government.
 * Codes are short pinyin abbreviations, stable across demo loads so that scripts can name them.
 */
final class DemoDepartments {

	static final String GOVERNMENT = "SZF";

	static final String PUBLIC_SECURITY = "GAJ";

	static final String URBAN_MANAGEMENT = "CGJ";

	static final String BIG_DATA = "DSJJ";

	static final String COMMAND_CENTER = "ZHZX";

	private DemoDepartments() {
	}

	static List<Department> all() {
		return List.of(
				bureau(GOVERNMENT, "市人民政府", null, DepartmentKind.OTHER),
				bureau(BIG_DATA, "大数据管理局"),
				bureau(COMMAND_CENTER, "城市运行管理服务中心"),
				bureau(PUBLIC_SECURITY, "公安局"),
				bureau("MZJ", "民政局"),
				bureau("RSJ", "人力资源和社会保障局"),
				bureau("SCJGJ", "市场监督管理局"),
				bureau("STHJJ", "生态环境局"),
				bureau("JTYSJ", "交通运输局"),
				bureau(URBAN_MANAGEMENT, "城市管理执法局"),
				bureau("ZJJ", "住房和城乡建设局"),
				bureau("WJW", "卫生健康委员会"),
				bureau("JYJ", "教育局"),
				bureau("SWJ", "税务局"),
				bureau("YJGLJ", "应急管理局"),
				bureau("ZRZYJ", "自然资源和规划局"),
				bureau("SWUJ", "水务局"),
				bureau("FGW", "发展和改革委员会"),
				bureau("CZJ", "财政局"),
				bureau("GXJ", "工业和信息化局"),
				bureau("NYNCJ", "农业农村局"),
				bureau("WHLYJ", "文化和旅游局"),
				bureau("TJJ", "统计局"),
				bureau("XZSPJ", "行政审批服务局"),
				bureau("GJJ", "住房公积金管理中心"),
				bureau("YBJ", "医疗保障局"),
				bureau("SFJ", "司法局"),
				new Department("GSGS", "城市供水集团", GOVERNMENT, DepartmentKind.PUBLIC_UTILITY),
				new Department("RQGS", "城市燃气公司", GOVERNMENT, DepartmentKind.PUBLIC_UTILITY));
	}

	private static Department bureau(String code, String name) {
		return new Department(code, name, GOVERNMENT, DepartmentKind.MUNICIPAL_BUREAU);
	}

	private static Department bureau(String code, String name, String parent, DepartmentKind kind) {
		return new Department(code, name, parent, kind);
	}
}
