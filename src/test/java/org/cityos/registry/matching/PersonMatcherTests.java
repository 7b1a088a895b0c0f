package org.cityos.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;

import org.cityos.shared.Sex;
import org.junit.jupiter.api.Test;

class PersonMatcherTests {

	private static final PersonRecord ZHANG_WEI = new PersonRecord("人口库:1", "张伟", LocalDate.of(1985, 3, 7), Sex.MALE,
			"陕西省秦州市渭滨区清姜路12号3栋2单元501室", "13800138000");

	private static final PersonRecord LI_NA = new PersonRecord("人口库:2", "李娜", LocalDate.of(1990, 11, 21), Sex.FEMALE,
			"秦州市秦川区红旗路8号1栋1单元101室", "13912345678");

	private static final PersonRecord NAMESAKE = new PersonRecord("人口库:3", "张伟", LocalDate.of(1962, 8, 30), Sex.MALE,
			"周原区人民路3号2栋1单元402室", "13700001111");

	private final PersonMatcher matcher = new PersonMatcher(List.of(ZHANG_WEI, LI_NA, NAMESAKE), MatchModel.defaults(),
			MatchThresholds.DEFAULT);

	@Test
	void matchesAHomophoneCopyWithAnotherPhoneAndExplainsEachField() {
		MatchResult result = matcher.match(new PersonRecord("社保:9", "张玮", LocalDate.of(1985, 3, 7), Sex.MALE,
				"渭滨区清姜路12号3号楼2单元501室", "15000000000"));

		assertThat(result.decision()).isEqualTo(Decision.MATCH);
		Candidate best = result.best();
		assertThat(best).isNotNull();
		assertThat(best.reference()).isEqualTo("人口库:1");
		assertThat(best.agreementOf(Field.NAME)).isEqualTo(Agreement.HOMOPHONE);
		assertThat(best.agreementOf(Field.ADDRESS)).isEqualTo(Agreement.EXACT);
		assertThat(best.agreementOf(Field.PHONE)).isEqualTo(Agreement.DIFFERENT);
		assertThat(best.agreements()).extracting(FieldAgreement::field).containsExactly(Field.values());
		assertThat(best.weight()).isCloseTo(best.agreements().stream().mapToDouble(FieldAgreement::weight).sum(), offset(1e-9));
	}

	@Test
	void aNamesakeBornElsewhereIsNoMatch() {
		MatchResult result = matcher.match(new PersonRecord("社保:10", "张伟", LocalDate.of(1977, 1, 15), Sex.MALE,
				"五陵区东风路5号1栋1单元101室", "18600000000"));

		assertThat(result.decision()).isEqualTo(Decision.NON_MATCH);
	}

	@Test
	void aRecordThatSharesNoBlockingKeyHasNoCandidate() {
		MatchResult result = matcher.match(new PersonRecord("社保:11", null, null, null, "兰池区", null));

		assertThat(result.decision()).isEqualTo(Decision.NON_MATCH);
		assertThat(result.best()).isNull();
	}

	@Test
	void sendsOnlyTheUncertainToTheReviewQueue() {
		PersonRecord onlyNameAndDate = new PersonRecord("社保:12", "李娜", LocalDate.of(1990, 11, 21), null, null, null);
		PersonRecord clear = new PersonRecord("社保:13", "李娜", LocalDate.of(1990, 11, 21), Sex.FEMALE,
				"秦川区红旗路8号1栋1单元101室", "139 1234 5678");
		ReviewQueue queue = new ReviewQueue();

		List<MatchResult> results = matcher.withThresholds(new MatchThresholds(25, 10))
			.matchAll(List.of(onlyNameAndDate, clear), queue);

		assertThat(results).extracting(MatchResult::decision).containsExactly(Decision.REVIEW, Decision.MATCH);
		assertThat(queue.pending()).extracting(MatchResult::recordReference).containsExactly("社保:12");
	}
}
