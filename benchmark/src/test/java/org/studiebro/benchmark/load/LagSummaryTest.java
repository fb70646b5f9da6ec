package org.studiebro.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LagSummaryTest {

    @Test
    void aLagThatKeepsGrowingHasAPositiveTrendAndABoundedOneNone() {
        List<LagSample> samples = new ArrayList<>();
        for (int second = 0; second <= 20; second++) {
            samples.add(new LagSample(second, "studiebro-routing", 50L * second));
            samples.add(new LagSample(second, "notification-service", second % 2 == 0 ? 10 : 30));
        }
        samples.add(new LagSample(21, "studiebro-routing", 0));
        samples.add(new LagSample(21, "notification-service", 0));

        List<LagSummary> summaries = LagSummary.of(samples, 20);

        assertThat(summaries).extracting(LagSummary::group).containsExactly("studiebro-routing", "notification-service");
        LagSummary routing = summaries.get(0);
        assertThat(routing.max()).isEqualTo(1000);
        assertThat(routing.atEndOfSending()).isEqualTo(1000);
        assertThat(routing.atEnd()).isZero();
        assertThat(routing.trendPerSecond()).isCloseTo(50, within(0.001));
        assertThat(summaries.get(1).trendPerSecond()).isCloseTo(0, within(2.0));
    }

    @Test
    void tooFewSamplesHaveNoTrend() {
        assertThat(LagSummary.slope(List.of(new LagSample(3, "g", 9)))).isZero();
    }
}
