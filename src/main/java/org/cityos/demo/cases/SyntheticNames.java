package org.cityos.demo.cases;

import java.util.SplittableRandom;

/** Invented personal names for the demo's staff accounts. */
final class SyntheticNames {

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶";

	private static final String GIVEN = "伟强磊军勇杰涛斌超明辉刚健鹏华飞浩宇博文俊峰芳娜敏静丽艳娟霞燕玲婷雪慧莹琳丹萍红梅颖佳欣";

	private final SplittableRandom random;

	SyntheticNames(long seed) {
		this.random = new SplittableRandom(seed);
	}

	String next() {
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
			.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		if (random.nextBoolean()) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}
}
