package org.studiebro.benchmark.load;

import java.util.random.RandomGenerator;

/**
 * How many ranked course events an application names (the wished one and its alternatives): uniformly from
 * {@code min} to {@code max}, at most five as the intake allows.
 */
public record ChoiceCount(int min, int max) {

    public ChoiceCount {
        if (min < 1 || max > 5 || min > max) {
            throw new IllegalArgumentException("choices must be a range within 1-5, not " + min + "-" + max);
        }
    }

    /** "1-3", or "2" for exactly two. */
    public static ChoiceCount parse(String text) {
        String[] bounds = text.trim().split("-", 2);
        try {
            int min = Integer.parseInt(bounds[0].trim());
            int max = bounds.length == 2 ? Integer.parseInt(bounds[1].trim()) : min;
            return new ChoiceCount(min, max);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a range such as 1-3, not '" + text + "'");
        }
    }

    int draw(RandomGenerator random) {
        return min + random.nextInt(max - min + 1);
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
