package org.cityos.demo.cases;

import java.util.Map;
import java.util.SplittableRandom;

import org.cityos.cases.Channel;
import org.cityos.cases.HotlineType;
import org.cityos.cases.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * The demo city's mix of cases: shares of the channels (hotline ~55 %, grid workers ~25 %,
 * web/app ~12 %, IoT ~5 %, Open311 ~3 %), which categories each channel brings, the 12345 call
 * types per category, urgency, and the hours at which each channel's cases come in.
 */
final class CaseMix {

	static final Map<Channel, Double> CHANNEL_SHARES = Map.of(Channel.HOTLINE, 0.55, Channel.GRID_WORKER, 0.25,
			Channel.WEB, 0.12, Channel.IOT_ALERT, 0.05, Channel.OPEN311, 0.03);

	private static final Weighted<String> HOTLINE = Weighted.of("S0101", 6, "S0102", 3, "S0103", 2, "S0104", 5,
			"S0201", 6, "S0202", 5, "S0301", 6, "S0302", 2, "S0401", 3, "S0402", 2, "S0501", 7, "S0601", 8, "S0602", 4,
			"S0901", 6, "E0102", 4, "E0301", 5, "E0502", 4, "E0505", 4, "C0109", 3, "E0404", 2, "E0401", 1, "E0402", 2,
			"E0101", 2, "C0401", 1);

	private static final Weighted<String> GRID = Weighted.of("E0102", 10, "E0103", 4, "E0104", 5, "E0105", 5,
			"E0201", 8, "E0202", 2, "E0501", 4, "E0502", 8, "E0503", 6, "E0504", 3, "E0505", 6, "E0101", 3, "C0101", 2,
			"C0102", 2, "C0103", 2, "C0104", 2, "C0109", 4, "C0203", 2, "C0302", 3, "C0401", 3, "C0402", 2, "C0601", 1,
			"E0303", 2, "E0302", 2);

	private static final Weighted<String> WEB = Weighted.of("S0601", 5, "S0501", 5, "E0102", 4, "E0502", 3,
			"E0505", 4, "C0109", 3, "S0301", 3, "S0401", 2, "E0301", 4, "S0602", 2, "S0901", 3, "E0201", 2);

	private static final Weighted<String> IOT = Weighted.of("E0404", 20, "E0302", 15, "C0109", 15, "E0505", 15,
			"E0502", 15, "E0403", 5, "C0101", 10, "E0104", 5);

	private static final Weighted<String> OPEN311 = Weighted.of("E0102", 4, "C0109", 4, "E0401", 2, "E0505", 3,
			"E0201", 3, "C0401", 2, "E0104", 2);

	/** Relative intake per hour of the day (0–23), per channel. */
	private static final Map<Channel, double[]> HOURS = Map.of(
			Channel.HOTLINE, new double[] { .3, .2, .15, .1, .1, .2, .5, 1.2, 2.5, 4, 4.2, 3.2, 1.8, 2.2, 3.6, 3.8, 3.6,
					2.6, 1.8, 1.6, 1.4, 1.1, .7, .4 },
			Channel.GRID_WORKER, new double[] { 0, 0, 0, 0, 0, 0, .1, .5, 2, 4, 4, 2.5, .5, .8, 3, 3.5, 3.5, 2, .3, .1, 0,
					0, 0, 0 },
			Channel.WEB, new double[] { .5, .3, .2, .1, .1, .1, .3, .8, 1.5, 2, 2, 1.8, 1.6, 1.6, 1.8, 1.8, 1.7, 1.6, 1.8,
					2.2, 2.5, 2.3, 1.6, .9 },
			Channel.IOT_ALERT, new double[] { 1, 1, 1, 1, 1, 1, 1, 1.2, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5,
					1.5, 1.3, 1.2, 1, 1, 1 },
			Channel.OPEN311, new double[] { .3, .2, .1, .1, .1, .2, .4, 1, 1.6, 2, 2, 1.8, 1.5, 1.5, 1.8, 1.8, 1.7, 1.6,
					1.7, 2, 2, 1.6, 1, .5 });

	private CaseMix() {
	}

	/** How much a rest day (weekend, holiday) brings compared with a working day. */
	static double restDayFactor(Channel channel) {
		return switch (channel) {
			case GRID_WORKER -> 0.25;
			case IOT_ALERT -> 1.0;
			default -> 0.6;
		};
	}

	static double[] hours(Channel channel) {
		return HOURS.get(channel);
	}

	static String category(Channel channel, SplittableRandom random) {
		return switch (channel) {
			case HOTLINE, SUPERIOR -> HOTLINE.pick(random);
			case GRID_WORKER -> GRID.pick(random);
			case WEB -> WEB.pick(random);
			case IOT_ALERT -> IOT.pick(random);
			case OPEN311 -> OPEN311.pick(random);
		};
	}

	/** The 12345 call type (also asked on the web form); none for the other channels. */
	static @Nullable HotlineType hotlineType(Channel channel, String category, SplittableRandom random) {
		if (channel != Channel.HOTLINE && channel != Channel.WEB) {
			return null;
		}
		Weighted<HotlineType> types;
		if (category.startsWith("S09")) {
			types = Weighted.of(HotlineType.CONSULTATION, 70, HotlineType.SUGGESTION, 30);
		}
		else if (category.equals("S0202")) {
			types = Weighted.of(HotlineType.HELP, 45, HotlineType.COMPLAINT, 35, HotlineType.REPORT, 10,
					HotlineType.CONSULTATION, 10);
		}
		else if (category.startsWith("S02")) {
			types = Weighted.of(HotlineType.CONSULTATION, 65, HotlineType.HELP, 20, HotlineType.COMPLAINT, 15);
		}
		else if (category.startsWith("S03")) {
			types = Weighted.of(HotlineType.COMPLAINT, 70, HotlineType.REPORT, 20, HotlineType.CONSULTATION, 10);
		}
		else if (category.startsWith("S04")) {
			types = Weighted.of(HotlineType.COMPLAINT, 50, HotlineType.SUGGESTION, 30, HotlineType.CONSULTATION, 20);
		}
		else if (category.startsWith("S01")) {
			types = Weighted.of(HotlineType.HELP, 50, HotlineType.COMPLAINT, 30, HotlineType.CONSULTATION, 20);
		}
		else {
			types = Weighted.of(HotlineType.COMPLAINT, 60, HotlineType.REPORT, 20, HotlineType.HELP, 15,
					HotlineType.SUGGESTION, 5);
		}
		return types.pick(random);
	}

	static Urgency urgency(String category, SplittableRandom random) {
		int r = random.nextInt(100);
		if (category.startsWith("E04")) {
			return r < 10 ? Urgency.EMERGENCY : r < 40 ? Urgency.URGENT : Urgency.NORMAL;
		}
		return r < 2 ? Urgency.EMERGENCY : r < 9 ? Urgency.URGENT : Urgency.NORMAL;
	}

	/** Service matters asked without a place (社保 questions, general consultations). */
	static boolean withoutPlace(String category, @Nullable HotlineType type) {
		return (category.startsWith("S02") || category.startsWith("S09")) && type != null && !type.needsLocation();
	}
}
