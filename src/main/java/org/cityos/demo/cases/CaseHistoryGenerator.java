package org.cityos.demo.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.CaseActor;
import org.cityos.cases.Channel;
import org.cityos.cases.HistoricCase;
import org.cityos.cases.HotlineType;
import org.cityos.cases.Urgency;
import org.cityos.demo.cases.CasePlaces.Place;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Six months of the demo city's cases, about {@code total} of them, generated day by day in time
 * order (so memory stays small and numbers follow intake time): each channel's share spread over
 * the days (working days full, weekends and holidays of the {@link WorkingCalendar} less) and over
 * the hours of its own rhythm (the hotline's peaks at 9–11 h and 14–17 h), then a category, a
 * place, a reporter and the course the case took ({@link CaseCourse}). Deterministic for a seed.
 */
final class CaseHistoryGenerator implements Iterable<HistoricCase> {

	static final int DAYS = 182;

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";

	private static final String GIVEN = "伟强磊军勇杰涛斌超明辉刚健鹏华飞浩宇博文俊峰建国志海波亮鑫凯晨阳洋龙松林芳娜敏静丽艳娟霞燕玲婷雪慧莹琳丹萍红梅颖佳欣怡璐瑶倩晶蕾楠";

	private static final CaseActor IOT_PLATFORM = CaseActor.staff("iot-platform", Set.of(Role.SYSTEM), null, List.of());

	private final int total;

	private final Instant now;

	private final WorkingCalendar calendar;

	private final CasePlaces places;

	private final DemoDesk desk;

	private final CaseCourse course;

	private final long seed;

	CaseHistoryGenerator(int total, Instant now, WorkingCalendar calendar, CasePlaces places, DemoDesk desk,
			CaseRules rules, long seed) {
		this.total = total;
		this.now = now;
		this.calendar = calendar;
		this.places = places;
		this.desk = desk;
		this.course = new CaseCourse(calendar, rules, desk, now);
		this.seed = seed;
	}

	Instant start() {
		return now.minus(Duration.ofDays(DAYS));
	}

	@Override
	public Iterator<HistoricCase> iterator() {
		LocalDate first = LocalDate.ofInstant(start(), calendar.zone());
		LocalDate last = LocalDate.ofInstant(now, calendar.zone());
		Map<Channel, Double> perWeight = new EnumMap<>(Channel.class);
		CaseMix.CHANNEL_SHARES.forEach((channel, share) -> {
			double weights = 0;
			for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
				weights += dayWeight(channel, d);
			}
			perWeight.put(channel, total * share / weights);
		});
		SplittableRandom random = new SplittableRandom(seed);
		return new Iterator<>() {

			private LocalDate day = first;

			private Iterator<HistoricCase> today = List.<HistoricCase>of().iterator();

			@Override
			public boolean hasNext() {
				while (!today.hasNext() && !day.isAfter(last)) {
					today = day(day, perWeight, random.split()).iterator();
					day = day.plusDays(1);
				}
				return today.hasNext();
			}

			@Override
			public HistoricCase next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return today.next();
			}
		};
	}

	private double dayWeight(Channel channel, LocalDate day) {
		return calendar.isWorkingDay(day) ? 1.0 : CaseMix.restDayFactor(channel);
	}

	private List<HistoricCase> day(LocalDate day, Map<Channel, Double> perWeight, SplittableRandom random) {
		List<HistoricCase> cases = new ArrayList<>();
		for (Channel channel : CaseMix.CHANNEL_SHARES.keySet().stream().sorted().toList()) {
			double expected = perWeight.get(channel) * dayWeight(channel, day);
			int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
			for (int i = 0; i < count; i++) {
				Instant at = ZonedDateTime.of(day, LocalTime.of(hour(channel, random), random.nextInt(60),
						random.nextInt(60)), calendar.zone()).toInstant();
				if (!at.isBefore(start()) && at.isBefore(now)) {
					cases.add(draw(channel, at, random));
				}
			}
		}
		cases.sort(Comparator.comparing(HistoricCase::receivedAt));
		return cases;
	}

	private static int hour(Channel channel, SplittableRandom random) {
		double[] weights = CaseMix.hours(channel);
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		double r = random.nextDouble() * sum;
		for (int h = 0; h < 24; h++) {
			r -= weights[h];
			if (r < 0) {
				return h;
			}
		}
		return 23;
	}

	/** One case taken in at {@code at} on this channel, with its course up to now. */
	HistoricCase draw(Channel channel, Instant at, SplittableRandom random) {
		String category = CaseMix.category(channel, random);
		HotlineType type = CaseMix.hotlineType(channel, category, random);
		Urgency urgency = CaseMix.urgency(category, random);
		CaseActor receivedBy;
		Place place;
		if (channel == Channel.GRID_WORKER) {
			DemoDesk.GridWorker worker = desk.gridWorker(random);
			receivedBy = worker.actor();
			place = places.inOneOf(worker.grids(), category, random);
		}
		else {
			receivedBy = switch (channel) {
				case WEB -> CaseActor.citizen("public:12345app");
				case OPEN311 -> CaseActor.citizen("open311:cityapp");
				case IOT_ALERT -> IOT_PLATFORM;
				default -> DemoDesk.OPERATOR;
			};
			place = CaseMix.withoutPlace(category, type) ? null : places.anywhere(category, random);
		}
		String phone = null;
		String name = null;
		if (channel == Channel.HOTLINE || channel == Channel.WEB || channel == Channel.OPEN311) {
			if (channel != Channel.HOTLINE || random.nextInt(100) < 88) {
				phone = "1" + "3578".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
			}
			if (random.nextInt(100) < 70) {
				name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + (random.nextBoolean() ? "先生" : "女士");
				if (random.nextInt(3) == 0) {
					name = name.charAt(0) + "" + GIVEN.charAt(random.nextInt(GIVEN.length()));
				}
			}
		}
		String description = CaseTexts.description(category, place == null ? "" : place.address() + "附近", random);
		@Nullable String grid = place == null ? null : place.gridCode();
		return new HistoricCase(channel, type, category, description, urgency, place == null ? null : place.lon(),
				place == null ? null : place.lat(), place == null ? null : place.address(), name, phone, receivedBy, at,
				course.plan(category, type, urgency, grid, phone != null, at, random));
	}
}
