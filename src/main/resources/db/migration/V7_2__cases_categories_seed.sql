-- The shipped category tree, dispatch rules and time limits. All three are data: an admin
-- changes them through /api/cases/admin/... without a release.
--
-- Components (部件, code C + 2-digit major + 2-digit minor) and events (事件, E + 2 + 2) follow the
-- major classes of GB/T 30428.2 / CJ/T 214; the component minor code is the legacy 4 digits of the
-- 16-digit component id (3205080101000001 = 0101 公用设施/上水井盖). Minor codes other than
-- 0101 are CityOS's own numbering of the standard's names (*unconfirmed*: check the local
-- edition). Services (S...) are the 12345 hotline's non-city-management matters.

insert into cases_category (code, parent_code, kind, name, keywords, position) values
 ('C01', null, 'COMPONENT', '公用设施', '井盖,路灯,消防栓', 1),
 ('C0101', 'C01', 'COMPONENT', '上水井盖', '井盖,自来水,上水,井盖缺失,井盖破损', 1),
 ('C0102', 'C01', 'COMPONENT', '污水井盖', '井盖,污水,下水,井盖缺失', 2),
 ('C0103', 'C01', 'COMPONENT', '雨水井盖', '井盖,雨水', 3),
 ('C0104', 'C01', 'COMPONENT', '雨水箅子', '箅子,雨水口,篦子', 4),
 ('C0105', 'C01', 'COMPONENT', '电力井盖', '井盖,电力', 5),
 ('C0106', 'C01', 'COMPONENT', '通信井盖', '井盖,通信,电信', 6),
 ('C0107', 'C01', 'COMPONENT', '燃气井盖', '井盖,燃气,天然气', 7),
 ('C0108', 'C01', 'COMPONENT', '消防栓', '消火栓,消防', 8),
 ('C0109', 'C01', 'COMPONENT', '路灯', '路灯,不亮,灯杆', 9),
 ('C02', null, 'COMPONENT', '道路交通', '交通,信号灯,护栏', 2),
 ('C0201', 'C02', 'COMPONENT', '交通信号灯', '红绿灯,信号灯', 1),
 ('C0202', 'C02', 'COMPONENT', '交通标志牌', '标志牌,指示牌', 2),
 ('C0203', 'C02', 'COMPONENT', '道路护栏', '护栏,隔离栏', 3),
 ('C0204', 'C02', 'COMPONENT', '公交站亭', '公交站,候车亭', 4),
 ('C03', null, 'COMPONENT', '市容环境', '公厕,垃圾箱', 3),
 ('C0301', 'C03', 'COMPONENT', '公共厕所', '公厕,厕所', 1),
 ('C0302', 'C03', 'COMPONENT', '垃圾箱', '垃圾桶,果皮箱', 2),
 ('C04', null, 'COMPONENT', '园林绿化', '树木,绿地', 4),
 ('C0401', 'C04', 'COMPONENT', '行道树', '树,倒伏,枯死,树枝', 1),
 ('C0402', 'C04', 'COMPONENT', '绿地', '草坪,绿化带', 2),
 ('C05', null, 'COMPONENT', '房屋土地', '房屋', 5),
 ('C0501', 'C05', 'COMPONENT', '房屋', '房屋,危房', 1),
 ('C06', null, 'COMPONENT', '其他设施', '设施', 6),
 ('C0601', 'C06', 'COMPONENT', '健身设施', '健身器材', 1),
 ('E01', null, 'EVENT', '市容环境', '垃圾,不洁', 11),
 ('E0101', 'E01', 'EVENT', '私搭乱建', '违建,乱搭,违章建筑', 1),
 ('E0102', 'E01', 'EVENT', '暴露垃圾', '垃圾,堆放,生活垃圾', 2),
 ('E0103', 'E01', 'EVENT', '积存垃圾渣土', '渣土,建筑垃圾', 3),
 ('E0104', 'E01', 'EVENT', '道路不洁', '路面脏,不干净,保洁', 4),
 ('E0105', 'E01', 'EVENT', '乱堆物堆料', '堆物,堆料,杂物', 5),
 ('E02', null, 'EVENT', '宣传广告', '广告', 12),
 ('E0201', 'E02', 'EVENT', '非法小广告', '小广告,牛皮癣,张贴', 1),
 ('E0202', 'E02', 'EVENT', '违规户外广告', '广告牌,横幅', 2),
 ('E03', null, 'EVENT', '施工管理', '施工,工地', 13),
 ('E0301', 'E03', 'EVENT', '施工扰民', '施工噪音,夜间施工', 1),
 ('E0302', 'E03', 'EVENT', '工地扬尘', '扬尘,灰尘', 2),
 ('E0303', 'E03', 'EVENT', '道路遗撒', '遗撒,撒漏', 3),
 ('E04', null, 'EVENT', '突发事件', '突发,抢修', 14),
 ('E0401', 'E04', 'EVENT', '路面塌陷', '塌陷,坑洞,地陷', 1),
 ('E0402', 'E04', 'EVENT', '自来水管破裂', '水管,爆管,漏水', 2),
 ('E0403', 'E04', 'EVENT', '燃气管道泄漏', '燃气,漏气,煤气', 3),
 ('E0404', 'E04', 'EVENT', '道路积水', '积水,内涝', 4),
 ('E05', null, 'EVENT', '街面秩序', '占道,摆摊', 15),
 ('E0501', 'E05', 'EVENT', '无照经营游商', '游商,小贩,流动摊贩', 1),
 ('E0502', 'E05', 'EVENT', '占道经营', '占道,摆摊,地摊', 2),
 ('E0503', 'E05', 'EVENT', '店外经营', '出店经营,店外', 3),
 ('E0504', 'E05', 'EVENT', '沿街晾挂', '晾晒,晾挂,衣物', 4),
 ('E0505', 'E05', 'EVENT', '机动车乱停放', '乱停车,违停,占用人行道', 5),
 ('E06', null, 'EVENT', '其他事件', '其他', 16),
 ('E0601', 'E06', 'EVENT', '其他城市管理问题', '其他', 1),
 ('S01', null, 'SERVICE', '水电气暖', '停水,停电,停气,暖气', 21),
 ('S0101', 'S01', 'SERVICE', '供水', '停水,水压,水质', 1),
 ('S0102', 'S01', 'SERVICE', '供电', '停电,电压', 2),
 ('S0103', 'S01', 'SERVICE', '燃气', '停气,燃气费', 3),
 ('S0104', 'S01', 'SERVICE', '供暖', '暖气,不热,供热', 4),
 ('S02', null, 'SERVICE', '社会保障', '社保,医保,就业', 22),
 ('S0201', 'S02', 'SERVICE', '社保医保', '社保,医保,养老金', 1),
 ('S0202', 'S02', 'SERVICE', '劳动就业', '欠薪,工资,就业', 2),
 ('S03', null, 'SERVICE', '市场监管', '消费,食品', 23),
 ('S0301', 'S03', 'SERVICE', '消费纠纷', '退款,商家,消费', 1),
 ('S0302', 'S03', 'SERVICE', '食品安全', '食品,过期,卫生', 2),
 ('S04', null, 'SERVICE', '交通出行', '公交,出租车', 24),
 ('S0401', 'S04', 'SERVICE', '公交服务', '公交,线路,站点', 1),
 ('S0402', 'S04', 'SERVICE', '出租车网约车', '出租车,网约车,拒载', 2),
 ('S05', null, 'SERVICE', '住房物业', '物业,小区', 25),
 ('S0501', 'S05', 'SERVICE', '物业服务', '物业,电梯,小区', 1),
 ('S06', null, 'SERVICE', '生态环境', '噪声,污染', 26),
 ('S0601', 'S06', 'SERVICE', '噪声扰民', '噪音,噪声,扰民', 1),
 ('S0602', 'S06', 'SERVICE', '大气污染', '异味,油烟,烟尘', 2),
 ('S09', null, 'SERVICE', '其他诉求', '其他', 29),
 ('S0901', 'S09', 'SERVICE', '其他咨询建议', '咨询,建议', 1);

-- Component minor classes: the legacy 4 digits and the 2026 scheme's 5-digit type
-- (2 major + 3 minor; GB/T 47678-2026, *unconfirmed*).
insert into cases_category_alias (alias, code, scheme)
select substr(code, 2), code, 'GB/T 30428.2 部件小类' from cases_category where kind = 'COMPONENT' and length(code) = 5;
insert into cases_category_alias (alias, code, scheme)
select substr(code, 2, 2) || '0' || substr(code, 4, 2), code, 'GB/T 47678-2026 部件类型 (unconfirmed)'
from cases_category where kind = 'COMPONENT' and length(code) = 5;

-- Dispatch rules: the demo city's departments; a city replaces them with its own. A rule whose
-- department does not exist is skipped (the operator then names the department).
insert into cases_dispatch_rule (category_code, area_code, department_code, priority, note) values
 (null, null, 'CGJ', 1000, '默认：城市管理执法局'),
 ('C0101', null, 'GSGS', 100, '上水井盖：供水集团'),
 ('C0107', null, 'RQGS', 100, '燃气井盖：燃气公司'),
 ('C02', null, 'JTYSJ', 100, '道路交通设施：交通运输局'),
 ('C0501', null, 'ZJJ', 100, '房屋：住建局'),
 ('E03', null, 'ZJJ', 100, '施工管理：住建局'),
 ('E0401', null, 'ZJJ', 100, '路面塌陷：住建局'),
 ('E0402', null, 'GSGS', 100, '自来水管破裂：供水集团'),
 ('E0403', null, 'RQGS', 100, '燃气泄漏：燃气公司'),
 ('E0404', null, 'SWUJ', 100, '道路积水：水务局'),
 ('E0505', null, 'GAJ', 100, '机动车乱停放：公安交警'),
 ('S0101', null, 'GSGS', 100, '供水'),
 ('S0103', null, 'RQGS', 100, '燃气'),
 ('S0104', null, 'ZJJ', 100, '供暖'),
 ('S02', null, 'RSJ', 100, '社会保障'),
 ('S0201', null, 'YBJ', 100, '医保'),
 ('S03', null, 'SCJGJ', 100, '市场监管'),
 ('S04', null, 'JTYSJ', 100, '交通出行'),
 ('S05', null, 'ZJJ', 100, '住房物业'),
 ('S06', null, 'STHJJ', 100, '生态环境');

-- Time limits (STANDARDS §3–4): general 7 working days; emergencies 2 hours; water, power, gas,
-- heating 24 hours; city-management events and components in working hours.
insert into cases_time_limit (category_code, urgency, amount, unit, yellow_percent) values
 (null, null, 7, 'WORKING_DAYS', 80),
 (null, 'EMERGENCY', 2, 'HOURS', 75),
 ('S01', null, 24, 'HOURS', 80),
 ('C01', null, 16, 'WORKING_HOURS', 80), ('C02', null, 16, 'WORKING_HOURS', 80),
 ('C03', null, 16, 'WORKING_HOURS', 80), ('C04', null, 24, 'WORKING_HOURS', 80),
 ('C05', null, 5, 'WORKING_DAYS', 80), ('C06', null, 24, 'WORKING_HOURS', 80),
 ('C0101', null, 4, 'WORKING_HOURS', 75), ('C0102', null, 4, 'WORKING_HOURS', 75),
 ('E01', null, 8, 'WORKING_HOURS', 80), ('E02', null, 8, 'WORKING_HOURS', 80),
 ('E03', null, 16, 'WORKING_HOURS', 80), ('E04', null, 4, 'WORKING_HOURS', 75),
 ('E05', null, 4, 'WORKING_HOURS', 80), ('E06', null, 3, 'WORKING_DAYS', 80),
 ('E0102', null, 2, 'WORKING_HOURS', 80),
 ('C01', 'URGENT', 2, 'WORKING_HOURS', 75), ('E01', 'URGENT', 2, 'WORKING_HOURS', 75),
 ('E04', 'URGENT', 2, 'WORKING_HOURS', 75), ('E05', 'URGENT', 2, 'WORKING_HOURS', 75),
 (null, 'URGENT', 3, 'WORKING_DAYS', 80);
