package org.cityos.calendar.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.cityos.calendar.DayInfo;
import org.cityos.calendar.ShippedYears;
import org.cityos.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one SLA computation, the unit of a sweep over a million open cases: random
 * starts in 2025–2026, up to 20 working days or 80 office hours ahead.
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.args=WorkingCalendarBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class WorkingCalendarBenchmark {

	private static final int INPUTS = 4096;

	private final WorkingCalendar calendar = ShippedYears.calendar();

	private final Instant[] starts = new Instant[INPUTS];

	private final Instant[] ends = new Instant[INPUTS];

	private final LocalDate[] dates = new LocalDate[INPUTS];

	private final int[] workingDays = new int[INPUTS];

	private final Duration[] workingHours = new Duration[INPUTS];

	private int next;

	@Setup
	public void generateInputs() {
		SplittableRandom random = new SplittableRandom(2026);
		long first = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond();
		long last = LocalDate.of(2026, 12, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond();
		for (int i = 0; i < INPUTS; i++) {
			starts[i] = Instant.ofEpochSecond(random.nextLong(first, last));
			ends[i] = starts[i].plusSeconds(random.nextLong(0, 30L * 24 * 3600));
			dates[i] = LocalDate.ofInstant(starts[i], ZoneId.of("Asia/Shanghai"));
			workingDays[i] = random.nextInt(1, 21);
			workingHours[i] = Duration.ofMinutes(random.nextLong(1, 80 * 60));
		}
	}

	private int index() {
		next = (next + 1) & (INPUTS - 1);
		return next;
	}

	@Benchmark
	public Object addWorkingDays() {
		int i = index();
		return calendar.addWorkingDays(starts[i], workingDays[i]);
	}

	@Benchmark
	public Instant addWorkingHours() {
		int i = index();
		return calendar.addWorkingHours(starts[i], workingHours[i]);
	}

	@Benchmark
	public Duration workingTimeBetween() {
		int i = index();
		return calendar.workingTimeBetween(starts[i], ends[i]);
	}

	@Benchmark
	public DayInfo describe() {
		return calendar.describe(dates[index()]);
	}
}
