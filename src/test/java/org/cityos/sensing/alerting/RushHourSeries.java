package org.cityos.sensing.alerting;

import java.util.Random;

/**
 * A synthetic day of traffic flow on an urban arterial, one value per 5 minutes (vehicles/hour):
 * night base ~150, a morning peak at 08:00 (+1,500, σ 50 min), a daytime plateau, an evening peak
 * at 18:00 (+1,300, σ 65 min), multiplicative noise of 6 % (seeded, so the error figures repeat).
 */
final class RushHourSeries {

	static final int STEP_MINUTES = 5;

	private RushHourSeries() {
	}

	static double[] days(int days, long seed) {
		Random random = new Random(seed);
		int perDay = 24 * 60 / STEP_MINUTES;
		double[] values = new double[days * perDay];
		for (int i = 0; i < values.length; i++) {
			double hour = (i % perDay) * STEP_MINUTES / 60.0;
			double daytime = 550 / (1 + Math.exp(-(hour - 6.5) * 2)) * (1 / (1 + Math.exp((hour - 21.5) * 1.5)));
			double mean = 150 + daytime + 1500 * gauss(hour, 8.0, 50 / 60.0) + 1300 * gauss(hour, 18.0, 65 / 60.0);
			values[i] = Math.max(0, mean * (1 + 0.06 * random.nextGaussian()));
		}
		return values;
	}

	private static double gauss(double x, double mu, double sigma) {
		return Math.exp(-0.5 * Math.pow((x - mu) / sigma, 2));
	}
}
