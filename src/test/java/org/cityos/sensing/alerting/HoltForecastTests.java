package org.cityos.sensing.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Measures the forecast error of {@link HoltForecast} on {@link RushHourSeries}: 7 days of 5-minute
 * flow, forecasts 15 and 30 minutes ahead from every point after warm-up, against the actual value
 * then; MAE in vehicles/hour, MAPE over values ≥ 100 (near-zero night flows make percentages
 * meaningless). Persistence (tomorrow = today: the last value) is the baseline the model must beat.
 * The figures are printed and recorded in docs/sensing-indices-alerts.md.
 */
class HoltForecastTests {

	/** The parameters were picked on seed 20260501 (a grid over α, β, φ); the error is measured on another week. */
	static final long HELD_OUT_SEED = 7L;

	static final long STEP = RushHourSeries.STEP_MINUTES * 60_000L;

	record Error(double mae, double mape) {
	}

	static Error holt(double[] series, int horizonSteps, double alpha, double beta, double damping) {
		HoltForecast model = new HoltForecast(alpha, beta, damping);
		double absolute = 0;
		double percent = 0;
		int n = 0;
		int m = 0;
		for (int i = 0; i + horizonSteps < series.length; i++) {
			model.update(i * STEP, series[i]);
			if (!model.ready()) {
				continue;
			}
			double actual = series[i + horizonSteps];
			double error = Math.abs(model.forecast(horizonSteps * STEP) - actual);
			absolute += error;
			n++;
			if (actual >= 100) {
				percent += error / actual;
				m++;
			}
		}
		return new Error(absolute / n, 100 * percent / m);
	}

	static Error persistence(double[] series, int horizonSteps) {
		double absolute = 0;
		double percent = 0;
		int n = 0;
		int m = 0;
		for (int i = HoltForecast.WARM_UP - 1; i + horizonSteps < series.length; i++) {
			double actual = series[i + horizonSteps];
			double error = Math.abs(series[i] - actual);
			absolute += error;
			n++;
			if (actual >= 100) {
				percent += error / actual;
				m++;
			}
		}
		return new Error(absolute / n, 100 * percent / m);
	}

	@Test
	void forecastOnARushHourSeriesBeatsPersistenceAt15And30Minutes() {
		double[] series = RushHourSeries.days(7, HELD_OUT_SEED);
		for (int minutes : new int[] { 15, 30 }) {
			int steps = minutes / RushHourSeries.STEP_MINUTES;
			Error model = holt(series, steps, HoltForecast.ALPHA, HoltForecast.BETA, HoltForecast.DAMPING);
			Error baseline = persistence(series, steps);
			System.out.printf(Locale.ROOT, "forecast %d min: Holt MAE %.1f veh/h, MAPE %.1f %%; persistence MAE %.1f, MAPE %.1f %%%n",
					minutes, model.mae(), model.mape(), baseline.mae(), baseline.mape());

			assertThat(model.mae()).isLessThan(baseline.mae());
		}
	}
}
