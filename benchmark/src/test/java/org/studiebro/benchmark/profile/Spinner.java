package org.studiebro.benchmark.profile;

/** A JVM that keeps one core busy in a method with a name the profile can be searched for. */
final class Spinner {

    private Spinner() {
    }

    public static void main(String[] args) {
        long sum = 0;
        while (sum != -1) {
            sum += spinForProfile(sum);
        }
    }

    static long spinForProfile(long seed) {
        long value = seed;
        for (int i = 0; i < 1_000_000; i++) {
            value = value * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
        }
        return value == -1 ? 0 : 1;
    }
}
