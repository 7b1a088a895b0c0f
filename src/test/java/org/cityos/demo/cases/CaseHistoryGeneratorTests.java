package org.cityos.demo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityos.calendar.ShippedYears;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.CaseStatus;
import org.cityos.cases.CaseVerb;
import org.cityos.cases.Channel;
import org.cityos.cases.Deadline;
import org.cityos.cases.HistoricCase;
import org.cityos.cases.LimitUnit;
import org.cityos.demo.city.DemoCityMap;
import org.cityos.demo.city.DemoCityMapGenerator;
import org.cityos.geography.DivisionLevel;
import org.cityos.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's six months of cases: the channels' shares, the spread over months, weekdays and
 * hours, outcomes of every kind, and every case's course a path the workflow allows.
 */
class CaseHistoryGeneratorTests {

	static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	static final int TOTAL = 20_000;

	static final WorkingCalendar CALENDAR = ShippedYears.calendar();

	static List<HistoricCase> cases;

	static DemoDesk desk;

	static Map<String, org.locationtech.jts.geom.Geometry> shapes = new HashMap<>();

	@BeforeAll
	static void generate() {
		DemoCityMap map = new DemoCityMapGenerator().generate();
		map.ofLevel(DivisionLevel.GRID).forEach(g -> shapes.put(g.code().value(), g.geometry()));
		List<String> grids = map.ofLevel(DivisionLevel.GRID).stream().map(g -> g.code().value()).toList();
		List<DemoDesk.GridWorker> workers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String community = map.ofLevel(DivisionLevel.COMMUNITY).get(i * 40).code().value();
			workers.add(new DemoDesk.GridWorker("gridworker0" + i,
					grids.stream().filter(g -> g.startsWith(community)).toList()));
		}
		desk = new DemoDesk(DemoDesk.handlerNames(), workers);
		CaseRules rules = new CaseRules() {

			@Override
			public String departmentFor(String categoryCode, String gridCode) {
				return categoryCode.startsWith("S01") ? "GSGS" : categoryCode.startsWith("E03") ? "ZJJ" : "CGJ";
			}

			@Override
			public Deadline deadline(String categoryCode, org.cityos.cases.Urgency urgency, Instant start) {
				Instant due = CALENDAR.addWorkingHours(start, Duration.ofHours(8));
				return new Deadline(8, LimitUnit.WORKING_HOURS, CALENDAR.addWorkingHours(start, Duration.ofHours(6)), due);
			}
		};
		CasePlaces places = new CasePlaces(map.ofLevel(DivisionLevel.GRID),
				workers.stream().flatMap(w -> w.grids().stream()).toList(), 1);
		cases = new ArrayList<>();
		new CaseHistoryGenerator(TOTAL, NOW, CALENDAR, places, desk, rules, 7).forEach(cases::add);
	}

	@Test
	void aboutTheAskedNumberComeInOverSixMonthsInTimeOrder() {
		assertThat(cases.size()).isBetween((int) (TOTAL * 0.97), (int) (TOTAL * 1.03));
		assertThat(cases.get(0).receivedAt()).isAfterOrEqualTo(NOW.minus(Duration.ofDays(182)));
		assertThat(cases.get(cases.size() - 1).receivedAt()).isBefore(NOW);
		for (int i = 1; i < cases.size(); i++) {
			assertThat(cases.get(i).receivedAt()).isAfterOrEqualTo(cases.get(i - 1).receivedAt());
		}
	}

	@Test
	void channelsKeepTheirShares() {
		Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
		cases.forEach(c -> counts.merge(c.channel(), 1, Integer::sum));
		CaseMix.CHANNEL_SHARES.forEach((channel, share) -> assertThat(counts.get(channel) / (double) cases.size())
			.as(channel.name()).isCloseTo(share, org.assertj.core.data.Offset.offset(0.015)));
	}

	@Test
	void everyFullMonthHoldsAboutASixthAndRestDaysAndNightsAreQuieter() {
		Map<Integer, Integer> perMonth = new HashMap<>();
		int workingDayCases = 0;
		int restDayCases = 0;
		int peakHours = 0;
		int night = 0;
		for (HistoricCase c : cases) {
			ZonedDateTime local = c.receivedAt().atZone(CALENDAR.zone());
			perMonth.merge(local.getMonthValue(), 1, Integer::sum);
			if (c.channel() == Channel.HOTLINE) {
				if (CALENDAR.isWorkingDay(local.toLocalDate())) {
					workingDayCases++;
				}
				else {
					restDayCases++;
				}
				int hour = local.getHour();
				if ((hour >= 9 && hour < 11) || (hour >= 14 && hour < 17)) {
					peakHours++;
				}
				if (hour < 6) {
					night++;
				}
			}
		}
		for (int month = 6; month <= 10; month++) {
			assertThat(perMonth.get(month) / (double) cases.size()).as("month " + month).isBetween(0.14, 0.20);
		}
		long workingDays = LocalDate.of(2026, 6, 1).datesUntil(LocalDate.of(2026, 11, 1)).filter(CALENDAR::isWorkingDay).count();
		long restDays = 153 - workingDays;
		double perWorkingDay = workingDayCases / (double) workingDays;
		double perRestDay = restDayCases / (double) restDays;
		assertThat(perRestDay / perWorkingDay).isBetween(0.45, 0.75);
		assertThat(peakHours).isGreaterThan(night * 5);
	}

	@Test
	void everyCourseIsAPathTheWorkflowAllowsByTheRightPeople() {
		for (HistoricCase c : cases) {
			CaseStatus status = CaseStatus.RECEIVED;
			String department = null;
			Instant last = c.receivedAt();
			for (HistoricCase.Step step : c.steps()) {
				assertThat(step.verb().allowedIn(status)).as(c.description() + ": " + step.verb() + " in " + status).isTrue();
				assertThat(step.at()).isAfterOrEqualTo(last).isBeforeOrEqualTo(NOW);
				assertThat(step.actor().roles()).as(step.verb().name()).containsAnyElementsOf(step.verb().roles());
				if (step.actor().has(Role.HANDLER)) {
					assertThat(step.actor().departmentCode()).isEqualTo(department);
				}
				if (step.actor().has(Role.GRID_WORKER)) {
					org.locationtech.jts.geom.Point point = new org.locationtech.jts.geom.GeometryFactory()
						.createPoint(new org.locationtech.jts.geom.Coordinate(c.lon(), c.lat()));
					assertThat(step.actor().grids()).anyMatch(grid -> shapes.get(grid).contains(point));
				}
				last = step.at();
				switch (step.verb()) {
					case REGISTER -> status = CaseStatus.REGISTERED;
					case REJECT -> status = CaseStatus.REJECTED;
					case ANSWER, CLOSE -> status = CaseStatus.CLOSED;
					case DISPATCH -> {
						status = CaseStatus.DISPATCHED;
						department = step.input().departmentCode() != null ? step.input().departmentCode()
								: c.categoryCode().startsWith("S01") ? "GSGS" : c.categoryCode().startsWith("E03") ? "ZJJ" : "CGJ";
					}
					case ACCEPT -> status = CaseStatus.IN_PROGRESS;
					case RETURN -> {
						status = CaseStatus.REGISTERED;
						department = null;
					}
					case REPLY -> status = CaseStatus.REPLIED;
					case VERIFY -> status = step.input().passed() ? CaseStatus.VERIFIED : CaseStatus.IN_PROGRESS;
					case REOPEN -> status = CaseStatus.DISPATCHED;
					default -> {
					}
				}
			}
		}
	}

	@Test
	void outcomesOfEveryKindOccurAndMostCasesCloseWithSatisfiedCallers() {
		Map<CaseVerb, Integer> verbs = new EnumMap<>(CaseVerb.class);
		int closed = 0;
		int satisfied = 0;
		int rated = 0;
		int failedVerifications = 0;
		for (HistoricCase c : cases) {
			for (HistoricCase.Step step : c.steps()) {
				verbs.merge(step.verb(), 1, Integer::sum);
				if (step.verb() == CaseVerb.CLOSE || step.verb() == CaseVerb.ANSWER) {
					closed++;
				}
				if (step.verb() == CaseVerb.RATE) {
					rated++;
					satisfied += step.input().satisfaction().satisfied() ? 1 : 0;
				}
				if (step.verb() == CaseVerb.VERIFY && !step.input().passed()) {
					failedVerifications++;
				}
			}
		}
		assertThat(verbs.keySet()).contains(CaseVerb.REJECT, CaseVerb.ANSWER, CaseVerb.RETURN, CaseVerb.EXTEND,
				CaseVerb.APPROVE_EXTENSION, CaseVerb.REFUSE_EXTENSION, CaseVerb.REOPEN, CaseVerb.RATE);
		assertThat(failedVerifications).isPositive();
		assertThat(closed / (double) cases.size()).isGreaterThan(0.85);
		assertThat(satisfied / (double) rated).isBetween(0.88, 0.96);
		assertThat(verbs.get(CaseVerb.RETURN) / (double) verbs.get(CaseVerb.DISPATCH)).isBetween(0.01, 0.06);
	}
}
