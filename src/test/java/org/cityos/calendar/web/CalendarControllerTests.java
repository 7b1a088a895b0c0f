package org.cityos.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Map;

import org.cityos.calendar.CalendarAdministration;
import org.cityos.calendar.CalendarYear;
import org.cityos.calendar.ShippedYears;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The calendar API over the shipped 2025/2026 data, with method security on. Bad input is
 * turned into problem+json by the platform's advice, which the slice picks up.
 */
@WebMvcTest(controllers = { CalendarDaysController.class, CalendarYearsController.class })
@WithMockUser
class CalendarControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CalendarAdministration administration;

	@Test
	void describesADay() {
		assertThat(mvc.get().uri("/api/calendar/days/2026-02-14")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"date":"2026-02-14","workingDay":true,"kind":"ADJUSTED_WORKDAY","holiday":"春节",
				 "reason":"春节调休上班","yearKnown":true}""");
		assertThat(mvc.get().uri("/api/calendar/days/2026-03-09")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"date":"2026-03-09","workingDay":true,"kind":"WEEKDAY","holiday":null,"reason":"工作日","yearKnown":true}""");
	}

	@Test
	void rejectsAMalformedDate() {
		assertProblem(mvc.get().uri("/api/calendar/days/2026-02-30").exchange(), HttpStatus.BAD_REQUEST, "date");
		assertProblem(mvc.get().uri("/api/calendar/days/tomorrow").exchange(), HttpStatus.BAD_REQUEST, "date");
	}

	@Test
	void answersEveryDayOfAMonth() {
		MvcTestResult result = mvc.get().uri("/api/calendar/months/2026-02").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$").asArray().hasSize(28);
		assertThat(result).bodyJson().extractingPath("$[0]").asMap().containsOnlyKeys("date", "workingDay", "kind",
				"holiday", "reason", "yearKnown").containsEntry("date", "2026-02-01").containsEntry("kind", "WEEKEND");
		assertThat(result).bodyJson().extractingPath("$[15].kind").isEqualTo("HOLIDAY");
		// February 2026: 20 weekdays, 6 of them in 春节, plus Saturdays 02-14 and 02-28
		assertThat(result).bodyJson().extractingPath("$[?(@.workingDay == true)]").asArray().hasSize(16);
		assertProblem(mvc.get().uri("/api/calendar/months/2026-13").exchange(), HttpStatus.BAD_REQUEST, "month");
	}

	@Test
	void answersADeadlineInWorkingDays() {
		assertThat(mvc.get().uri("/api/calendar/deadline")
			.param("start", "2026-02-13T10:00:00+08:00")
			.param("workingDays", "3")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
					{"start":"2026-02-13T10:00:00+08:00","workingDays":3,"workingHours":null,
					 "deadline":"2026-02-25T10:00:00+08:00","yearsKnown":true}""");
	}

	@Test
	void answersADeadlineInOfficeHours() {
		assertThat(mvc.get().uri("/api/calendar/deadline")
			.param("start", "2026-02-13T08:00:00Z")
			.param("workingHours", "4")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
					{"start":"2026-02-13T16:00:00+08:00","workingDays":null,"workingHours":4,
					 "deadline":"2026-02-14T11:30:00+08:00","yearsKnown":true}""");
	}

	@Test
	void readsAnUnencodedPlusInTheStart() {
		assertThat(mvc.get().uri("/api/calendar/deadline")
			.param("start", "2026-09-30T09:15:00 08:00")
			.param("workingDays", "1")).hasStatusOk().bodyJson().extractingPath("$.deadline")
			.isEqualTo("2026-10-08T09:15:00+08:00");
	}

	@Test
	void saysWhenADeadlineCrossesAnUnknownYear() {
		assertThat(mvc.get().uri("/api/calendar/deadline")
			.param("start", "2026-12-31T10:00:00+08:00")
			.param("workingDays", "1")).hasStatusOk().bodyJson().extractingPath("$.yearsKnown").isEqualTo(false);
	}

	@Test
	void rejectsBadDeadlineParametersNamingThem() {
		assertProblem(deadline(null, "3", null), HttpStatus.BAD_REQUEST, "start");
		assertProblem(deadline("2026-02-13T10:00:00", "3", null), HttpStatus.BAD_REQUEST, "start");
		assertProblem(deadline("2026-02-13", "3", null), HttpStatus.BAD_REQUEST, "start");
		assertProblem(deadline("2026-02-13T10:00:00+08:00", null, null), HttpStatus.BAD_REQUEST, "workingDays");
		assertProblem(deadline("2026-02-13T10:00:00+08:00", "3", "4"), HttpStatus.BAD_REQUEST, "workingHours");
		assertProblem(deadline("2026-02-13T10:00:00+08:00", "-1", null), HttpStatus.BAD_REQUEST, "workingDays");
		assertProblem(deadline("2026-02-13T10:00:00+08:00", "3651", null), HttpStatus.BAD_REQUEST, "workingDays");
		assertProblem(deadline("2026-02-13T10:00:00+08:00", "99999999999", null), HttpStatus.BAD_REQUEST, "workingDays");
		assertProblem(deadline("2026-02-13T10:00:00+08:00", "three", null), HttpStatus.BAD_REQUEST, "workingDays");
		assertProblem(deadline("2026-02-13T10:00:00+08:00", null, "-2"), HttpStatus.BAD_REQUEST, "workingHours");
		assertProblem(deadline("+999999999-02-13T10:00:00+08:00", "3", null), HttpStatus.BAD_REQUEST, "start");
	}

	@Test
	void listsTheKnownYearsWithTheirCountsAndArrangements() {
		MvcTestResult result = mvc.get().uri("/api/calendar/years").exchange();
		assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				[{"year":2025,"source":"国务院办公厅关于2025年部分节假日安排的通知","holidayCount":6,"holidayDays":28,
				  "adjustedWorkdayCount":5,"workingDays":248},
				 {"year":2026,"source":"国务院办公厅关于2026年部分节假日安排的通知","holidayCount":7,"holidayDays":33,
				  "adjustedWorkdayCount":6,"workingDays":248}]""");
		assertThat(result).bodyJson().extractingPath("$[1].holidays[0]").isEqualTo(
				Map.of("name", "元旦", "start", "2026-01-01", "end", "2026-01-03", "days", 3));
		assertThat(result).bodyJson().extractingPath("$[1].adjustedWorkdays").asArray().hasSize(6);
		assertThat(result).bodyJson().extractingPath("$[0]").asMap().doesNotContainKey("specialDays");
	}

	@Test
	void showsOneYearInTheShapeOfItsPutBody() {
		MvcTestResult result = mvc.get().uri("/api/calendar/years/2026").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.holidays[1]").isEqualTo(
				Map.of("name", "春节", "start", "2026-02-15", "end", "2026-02-23", "days", 9));
		assertThat(result).bodyJson().extractingPath("$.adjustedWorkdays[0]")
			.isEqualTo(Map.of("date", "2026-01-04", "name", "元旦"));
		assertThat(result).bodyJson().extractingPath("$.specialDays").asArray().hasSize(39);
		assertThat(result).bodyJson().extractingPath("$.workingDays").isEqualTo(248);
	}

	@Test
	void answersNotFoundForAnUnknownYearAndBadRequestForAMalformedOne() {
		assertProblem(mvc.get().uri("/api/calendar/years/2030").exchange(), HttpStatus.NOT_FOUND, "2030");
		assertProblem(mvc.get().uri("/api/calendar/years/26").exchange(), HttpStatus.BAD_REQUEST, "year");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminStoresAYear() {
		given(administration.replaceYear(any())).willAnswer(call -> call.getArgument(0));
		MvcTestResult result = put("2027", """
				{"holidays":[{"name":"春节","start":"2027-02-06","end":"2027-02-13"}],
				 "adjustedWorkdays":[{"date":"2027-02-14","name":"春节"}],"source":"国务院办公厅通知"}""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.holidayDays").isEqualTo(8);
		ArgumentCaptor<CalendarYear> stored = ArgumentCaptor.forClass(CalendarYear.class);
		verify(administration).replaceYear(stored.capture());
		assertThat(stored.getValue().year()).isEqualTo(2027);
		assertThat(stored.getValue().adjustedWorkdays()).extracting(CalendarYear.AdjustedWorkday::date)
			.containsExactly(LocalDate.of(2027, 2, 14));
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void onlyAnAdminStoresAYear() {
		assertThat(put("2027", """
				{"holidays":[{"name":"春节","start":"2027-02-06","end":"2027-02-13"}],"adjustedWorkdays":[]}"""))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.delete().uri("/api/calendar/years/2027").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		verify(administration, never()).replaceYear(any());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesAContradictoryYearWithoutStoringAnything() {
		assertProblem(put("2027", """
				{"holidays":[{"name":"春节","start":"2027-02-06","end":"2027-02-13"},
				             {"name":"元宵","start":"2027-02-13","end":"2027-02-14"}],
				 "adjustedWorkdays":[{"date":"2027-02-15","name":"春节"}]}"""), HttpStatus.BAD_REQUEST,
				"adjustedWorkdays[0].date");
		assertProblem(put("2027", """
				{"holidays":[{"name":"春节","start":"2028-02-06","end":"2028-02-13"}]}"""), HttpStatus.BAD_REQUEST,
				"holidays[0].start");
		assertThat(put("2027", """
				{"holidays":[{"name":"春节","start":"2027-02-30","end":"2027-03-01"}]}"""))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(put("2027", """
				{"adjustedWorkdays":[]}""")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(put("2027", """
				{"holidays":[{"name":" ","start":"2027-02-06","end":"2027-02-13"}]}""")).hasStatus(HttpStatus.BAD_REQUEST);
		assertProblem(put("3000", """
				{"holidays":[{"name":"春节","start":"3000-02-06","end":"3000-02-13"}]}"""), HttpStatus.BAD_REQUEST, "year");
		verify(administration, never()).replaceYear(any());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminDeletesAYear() {
		assertThat(mvc.delete().uri("/api/calendar/years/2027").with(csrf())).hasStatus(HttpStatus.NO_CONTENT);
		verify(administration).deleteYear(2027);
	}

	private MvcTestResult put(String year, String body) {
		return mvc.put()
			.uri("/api/calendar/years/" + year)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult deadline(String start, String workingDays, String workingHours) {
		var request = mvc.get().uri("/api/calendar/deadline");
		if (start != null) {
			request = request.param("start", start);
		}
		if (workingDays != null) {
			request = request.param("workingDays", workingDays);
		}
		if (workingHours != null) {
			request = request.param("workingHours", workingHours);
		}
		return request.exchange();
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String mentioned) {
		assertThat(result).hasStatus(status);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyText().contains(mentioned);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableMethodSecurity
	static class ShippedCalendar {

		@Bean
		WorkingCalendar workingCalendar() {
			return ShippedYears.calendar();
		}
	}
}
