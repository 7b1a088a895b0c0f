package org.cityos.demo.cases;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What citizens, grid workers and handlers write: several descriptions per category (with
 * {@code {place}} where the place goes), replies per major class, and the operators' answers,
 * refusals and return reasons. Invented, but in the words such cases use.
 */
final class CaseTexts {

	private static final Map<String, List<String>> DESCRIPTIONS = Map.ofEntries(
			Map.entry("C0101", List.of("{place}上水井盖破损，车辆经过有响声，存在安全隐患", "{place}自来水井盖缺失，行人夜间容易踩空", "{place}上水井盖下沉，路面不平")),
			Map.entry("C0102", List.of("{place}污水井盖缺失，已有人用树枝临时围挡", "{place}污水井冒水，污水流到路面", "{place}污水井盖松动，车压过哐哐响")),
			Map.entry("C0103", List.of("{place}雨水井盖破损一角", "{place}雨水井盖移位，露出缝隙")),
			Map.entry("C0104", List.of("{place}雨水箅子被垃圾堵塞，下雨积水", "{place}雨水箅子缺失一块，电动车容易卡轮")),
			Map.entry("C0109", List.of("{place}路灯连续多晚不亮，行人出行不便", "{place}路灯白天常亮，浪费电", "{place}路灯灯杆倾斜，灯罩脱落", "{place}一排路灯忽明忽暗")),
			Map.entry("C0203", List.of("{place}道路护栏被撞倒，未修复", "{place}中央隔离护栏缺失一段，有行人横穿")),
			Map.entry("C0302", List.of("{place}垃圾箱破损，垃圾散落一地", "{place}果皮箱满溢无人清理")),
			Map.entry("C0401", List.of("{place}行道树枝干断裂，悬在人行道上方", "{place}行道树倾斜，大风天担心倒伏", "{place}行道树枯死未补种")),
			Map.entry("C0402", List.of("{place}绿化带被踩踏，黄土裸露", "{place}绿地被占用种菜")),
			Map.entry("C0601", List.of("{place}小区健身器材损坏，老人锻炼有危险", "{place}健身器材螺丝松动")),
			Map.entry("E0101", List.of("{place}一楼住户私自扩建院墙", "{place}楼顶违规搭建彩钢房", "{place}商户在门前私搭雨棚")),
			Map.entry("E0102", List.of("{place}生活垃圾堆放多日无人清运，气味难闻", "{place}垃圾桶周边暴露垃圾较多，招苍蝇", "{place}路边有人倾倒生活垃圾", "{place}垃圾清运不及时，垃圾满溢")),
			Map.entry("E0103", List.of("{place}建筑垃圾渣土堆积，未覆盖", "{place}装修垃圾堆在楼道口一周了")),
			Map.entry("E0104", List.of("{place}路面油污较多，行人易滑倒", "{place}道路泥土多，保洁不到位", "{place}落叶和垃圾长时间未清扫")),
			Map.entry("E0105", List.of("{place}商户在人行道上堆放货物", "{place}楼道和路边堆放杂物，影响通行")),
			Map.entry("E0201", List.of("{place}墙面和电线杆上张贴大量小广告", "{place}单元门口喷涂办证小广告", "{place}有人散发小广告")),
			Map.entry("E0202", List.of("{place}户外广告牌破损，担心脱落", "{place}沿街悬挂横幅未经审批")),
			Map.entry("E0301", List.of("{place}工地夜间施工噪音扰民，晚上十一点后还在作业", "{place}工地凌晨打桩，影响居民休息", "{place}施工单位周末全天施工，噪声很大")),
			Map.entry("E0302", List.of("{place}工地未覆盖裸土，扬尘严重", "{place}工地出入口车辆带泥上路，尘土飞扬")),
			Map.entry("E0303", List.of("{place}渣土车沿途遗撒泥土", "{place}运输车辆撒漏砂石")),
			Map.entry("E0401", List.of("{place}路面塌陷出现坑洞，已有车辆陷入", "{place}人行道地面下陷", "{place}路面出现裂缝并下沉")),
			Map.entry("E0402", List.of("{place}自来水管爆裂，水漫路面", "{place}地下水管漏水，路面一直冒水")),
			Map.entry("E0403", List.of("{place}闻到明显燃气味，怀疑管道泄漏", "{place}燃气管道接口漏气，请尽快处理")),
			Map.entry("E0404", List.of("{place}下雨后道路积水严重，车辆无法通行", "{place}下穿通道积水", "{place}小区门口积水没过脚踝")),
			Map.entry("E0501", List.of("{place}流动摊贩聚集，占用盲道", "{place}晚上有游商卖水果，影响通行")),
			Map.entry("E0502", List.of("{place}早市占道经营，车辆无法通行", "{place}夜市摊位占满人行道", "{place}商贩占用道路摆摊，垃圾遍地")),
			Map.entry("E0503", List.of("{place}餐馆店外摆桌经营", "{place}商铺出店经营，占用人行道")),
			Map.entry("E0504", List.of("{place}沿街晾晒衣物，影响市容", "{place}临街阳台外晾挂被褥")),
			Map.entry("E0505", List.of("{place}机动车乱停放，占用人行道和消防通道", "{place}车辆长期停在小区出入口", "{place}僵尸车长期占用车位")),
			Map.entry("E0601", List.of("{place}共享单车堆积占道", "{place}废弃家具长期堆放")),
			Map.entry("S0101", List.of("{place}停水一天了，没有接到通知", "{place}自来水水压太低，高层用不上水", "{place}自来水发黄有异味")),
			Map.entry("S0102", List.of("{place}频繁停电，家里电器受影响", "{place}电压不稳，灯光闪烁")),
			Map.entry("S0103", List.of("{place}燃气停气没有提前通知", "咨询燃气费阶梯价格怎么计算", "{place}燃气表读数异常")),
			Map.entry("S0104", List.of("{place}暖气不热，室温只有十四度", "{place}供暖后暖气片一直不热，物业推给热力公司", "{place}暖气管道漏水")),
			Map.entry("S0201", List.of("咨询退休人员养老金调整什么时候发放", "咨询异地就医备案如何办理", "医保报销比例咨询，门诊慢特病怎么申请", "灵活就业人员社保缴费基数咨询")),
			Map.entry("S0202", List.of("{place}一家公司拖欠农民工工资三个月", "反映单位不签劳动合同、不缴社保", "咨询失业保险金如何申领", "{place}工地拖欠工资，多次讨要无果")),
			Map.entry("S0301", List.of("{place}健身房关门跑路，预付卡无法退费", "网购商品质量问题，商家拒绝退款", "{place}理发店办卡后拒绝退余额")),
			Map.entry("S0302", List.of("{place}超市售卖过期食品", "{place}餐馆后厨卫生差，有老鼠", "{place}早餐摊使用地沟油疑问")),
			Map.entry("S0401", List.of("建议增加早高峰公交班次", "{place}公交站台无遮阳棚", "公交车不按站停靠，司机态度差", "建议调整公交线路经过{place}")),
			Map.entry("S0402", List.of("出租车拒载、绕路，请处理", "网约车司机加价，要求核查", "{place}出租车聚集占道揽客")),
			Map.entry("S0501", List.of("{place}小区电梯经常故障，物业维修不及时", "{place}物业擅自提高停车费", "{place}小区公共部位照明损坏物业不修", "{place}物业不作为，楼道卫生差")),
			Map.entry("S0601", List.of("{place}广场舞音响声音太大，晚上十点还在跳", "{place}酒吧夜间噪声扰民", "{place}商铺门口喇叭循环播放促销", "{place}KTV深夜噪音")),
			Map.entry("S0602", List.of("{place}餐饮油烟直排，居民无法开窗", "{place}有工厂夜间排放刺鼻气味", "{place}露天烧烤烟雾大")),
			Map.entry("S0901", List.of("咨询居住证办理需要哪些材料", "咨询新生儿落户流程", "建议在{place}增设公共厕所", "咨询不动产登记办理时间", "咨询12345热线能否办理公积金提取")));

	private static final Map<String, List<String>> REPLIES = Map.of(
			"C", List.of("已安排维修人员到场更换修复，现场已恢复正常", "已设置警示围挡并完成修复", "已联系权属单位维修，复查正常"),
			"E01", List.of("已安排环卫人员清运，现场已清理干净", "已督促责任单位清理并加强巡查", "已约谈当事人，限期整改完毕"),
			"E02", List.of("已组织人员清除小广告", "已拆除违规广告设施"),
			"E03", List.of("已责令施工单位停止夜间施工并整改", "已督促工地落实覆盖和冲洗措施", "已对运输企业立案处罚"),
			"E04", List.of("已组织抢修，现场恢复通行", "已关阀抢修完毕，恢复供应", "已排水疏通，积水消退"),
			"E05", List.of("已劝离占道摊贩，恢复通行", "已对违停车辆贴单并拖离", "已责令商户入店经营"),
			"E06", List.of("已协调相关单位处理完毕"),
			"S", List.of("已电话联系市民解释说明，并督促相关单位整改", "经核实已处理，并向市民反馈", "已协调企业与市民达成一致", "已按政策答复市民，市民表示理解"));

	private static final List<String> ANSWERS = List.of("已按相关政策当场解答，市民表示清楚", "已告知办理流程和所需材料",
			"已告知相关部门咨询电话", "已记录市民建议，转相关部门参考");

	private static final List<String> REJECTIONS = List.of("不属于12345受理范围，已告知市民通过司法途径解决",
			"诉求内容不明确，市民无法补充", "重复来电，已有同一诉求在办理", "属于民事纠纷，建议通过人民调解解决");

	private static final List<String> RETURNS = List.of("经现场核实，该事项不属于本单位职责，请重新派遣",
			"权属不在本单位，应由相关单位处理", "地址不在本单位管辖范围");

	private static final List<String> REWORKS = List.of("现场复查仍未整改到位", "问题反弹，现场依旧存在", "只处理了一部分，请继续处置");

	private static final List<String> EXTENSIONS = List.of("需协调多个权属单位，申请延期", "需采购配件，申请延期",
			"涉及管线改造，需施工许可，申请延期");

	private static final List<String> DISSATISFIED = List.of("问题没有真正解决", "处理太慢", "只是回复了一下，现场没变化");

	private CaseTexts() {
	}

	static boolean hasCategory(String code) {
		return DESCRIPTIONS.containsKey(code);
	}

	static String description(String category, String place, SplittableRandom random) {
		List<String> templates = DESCRIPTIONS.getOrDefault(category, List.of("{place}存在问题，请处理"));
		return pick(templates, random).replace("{place}", place);
	}

	static String reply(String category, SplittableRandom random) {
		String key = category.startsWith("C") ? "C" : category.startsWith("S") ? "S" : category.substring(0, 3);
		return pick(REPLIES.getOrDefault(key, REPLIES.get("S")), random);
	}

	static String answer(SplittableRandom random) {
		return pick(ANSWERS, random);
	}

	static String rejection(SplittableRandom random) {
		return pick(REJECTIONS, random);
	}

	static String returnReason(SplittableRandom random) {
		return pick(RETURNS, random);
	}

	static String rework(SplittableRandom random) {
		return pick(REWORKS, random);
	}

	static String extension(SplittableRandom random) {
		return pick(EXTENSIONS, random);
	}

	static String dissatisfied(SplittableRandom random) {
		return pick(DISSATISFIED, random);
	}

	static <T> T pick(List<T> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}
}
