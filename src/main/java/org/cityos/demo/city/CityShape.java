package org.cityos.demo.city;

import java.util.Random;

/**
 * The demo city's outline in metres around its centre: an ellipse whose radius wobbles with a
 * few low harmonics, so the edge looks grown rather than drawn with a compass.
 */
record CityShape(double semiAxisEast, double semiAxisNorth, double[] amplitudes, double[] phases) {

	static CityShape random(double semiAxisEast, double semiAxisNorth, Random random) {
		double[] amplitudes = { 0.07, 0.06, 0.04, 0.03 };
		double[] phases = new double[amplitudes.length];
		for (int i = 0; i < phases.length; i++) {
			phases[i] = random.nextDouble() * 2 * Math.PI;
		}
		return new CityShape(semiAxisEast, semiAxisNorth, amplitudes, phases);
	}

	boolean contains(double x, double y) {
		return relativeRadius(x, y) <= 1;
	}

	/** 0 at the centre, 1 on the outline, more outside: how far out a place lies. */
	double relativeRadius(double x, double y) {
		double angle = Math.atan2(y, x);
		double cos = Math.cos(angle) / semiAxisEast;
		double sin = Math.sin(angle) / semiAxisNorth;
		double radius = 1 / Math.sqrt(cos * cos + sin * sin);
		double wobble = 1;
		for (int i = 0; i < amplitudes.length; i++) {
			wobble += amplitudes[i] * Math.sin((i + 2) * angle + phases[i]);
		}
		return Math.hypot(x, y) / (radius * wobble);
	}
}
