package org.staffcast.forecasting.staffing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class DeferredWorkTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    static List<IntervalDemand> hourly(double[] volume, double aht) {
        List<IntervalDemand> d = new ArrayList<>();
        for (int i = 0; i < volume.length; i++) {
            d.add(new IntervalDemand(T0.plus(Duration.ofHours(i)), Duration.ofHours(1), volume[i], aht));
        }
        return d;
    }

    static QueueConfig email(double hours) {
        return QueueConfig.of("email", Channel.EMAIL, new ServiceTarget.ResponseTime(hours));
    }

    /**
     * Hand calculation. Hourly intervals, answer within 2 h of arrival, AHT 600 s, volumes 24, 0, 0, 12, 36, 0, 0, 0:
     * work w = 4, 0, 0, 2, 6, 0, 0, 0 agent-hours arriving evenly. Window densities sum w / (hours + 2):
     * {0}: 4/3, {3}: 2/3, {3,4}: 8/4 = 2, {4}: 6/3 = 2, so the smallest peak is 2 agents. First-in-first-out at
     * capacity 2: hour 0 does 2 of 4 (2 carried), hour 1 the other 2, hour 3 keeps pace with its 2, hour 4 does 2 of
     * 6, hours 5 and 6 the remaining 4. Hour 1 and hours 5-6 start with a backlog, so they get the full 2.
     */
    @Test
    void handComputedBacklogPlan() {
        double[] work = {4, 0, 0, 2, 6, 0, 0, 0};
        assertEquals(2.0, DeferredWork.minimumPeak(work, 2), 1e-12);
        assertArrayEquals(new int[] {2, 2, 0, 2, 2, 2, 2, 0}, DeferredWork.agents(work, 2));

        List<StaffingRequirement> req = StaffingCalculator.requirements(
                hourly(new double[] {24, 0, 0, 12, 36, 0, 0, 0}, 600), email(2).withShrinkage(0.25));
        assertArrayEquals(new int[] {2, 2, 0, 2, 2, 2, 2, 0},
                req.stream().mapToInt(StaffingRequirement::agentsRaw).toArray());
        // ceil(2 / 0.75) = 3
        assertArrayEquals(new int[] {3, 3, 0, 3, 3, 3, 3, 0},
                req.stream().mapToInt(StaffingRequirement::agentsRequired).toArray());
        for (StaffingRequirement r : req) {
            assertEquals(1.0, r.serviceLevel(), 1e-12, "every item in time");
        }
        // Hour 0: unit x (0..4) arrives at x/4 h and is done at x/2 h: response x/4, mean 0.5 h = 1800 s.
        assertEquals(1800.0, req.get(0).asaSeconds(), 1e-6);
        // Hour 3: arrivals at the working pace, no wait.
        assertEquals(0.0, req.get(3).asaSeconds(), 1e-6);
        // Hour 4: unit x (0..6) arrives at 4 + x/6, done at 4 + x/2: response x/3, mean 1 h; the last unit takes
        // exactly the 2 h allowed, which is why 2 agents is the least peak.
        assertEquals(3600.0, req.get(4).asaSeconds(), 1e-6);
        assertEquals(1.0, req.get(0).occupancy(), 1e-12);
        assertEquals(1.0, req.get(1).occupancy(), 1e-12); // the carried 2 units
    }

    @Test
    void understaffingMissesDeadlinesByHand() {
        // 4 agent-hours in hour 0 worked by 1 agent: unit x arrives at x/4, is done at x; response 3x/4 <= 2 h
        // for x <= 8/3, so the service level of hour 0 is (8/3) / 4 = 2/3
        List<ServiceOutcome> o = StaffingCalculator.project(hourly(new double[] {24, 0, 0, 0, 0, 0}, 600), email(2),
                new int[] {1, 1, 1, 1, 1, 1});
        assertEquals(2.0 / 3, o.get(0).serviceLevel(), 1e-8);
        // mean response: int_0^4 3x/4 dx / 4 = 1.5 h
        assertEquals(5400.0, o.get(0).asaSeconds(), 1e-6);
        // nobody at all: nothing is answered
        List<ServiceOutcome> none = StaffingCalculator.project(hourly(new double[] {24, 0, 0, 0, 0, 0}, 600), email(2),
                new int[6]);
        assertEquals(0.0, none.get(0).serviceLevel());
        assertEquals(Double.POSITIVE_INFINITY, none.get(0).asaSeconds());
    }

    @Test
    void responseTimesShorterThanAnIntervalWork() {
        // 15-minute answer on hourly intervals: 4 agent-hours arriving evenly in one hour and nothing after:
        // the window {0} has 4 / (1 + 0.25) = 3.2, but the horizon ends after hour 0: 4 / 1 = 4 agents
        assertEquals(4.0, DeferredWork.minimumPeak(new double[] {4}, 0.25), 1e-12);
        assertEquals(3.2, DeferredWork.minimumPeak(new double[] {4, 0}, 0.25), 1e-12);
        // at 4 agents hour 0 keeps pace with its arrivals: nothing is left for hour 1
        assertArrayEquals(new int[] {4, 0}, DeferredWork.agents(new double[] {4, 0}, 0.25));
    }

    @Test
    void productiveFractionScalesTheWork() {
        // 4 agent-hours at 80% productivity need 5 agent-hours: answer within 1 h => 5 agents
        List<StaffingRequirement> r = StaffingCalculator.requirements(hourly(new double[] {24}, 600),
                email(1).withMaxOccupancy(0.8));
        assertEquals(5, r.get(0).agentsRaw());
        assertEquals(0.8, r.get(0).occupancy(), 1e-12);
    }

    @Test
    void badPlansAreRejected() {
        List<IntervalDemand> gap = List.of(
                new IntervalDemand(T0, Duration.ofHours(1), 1, 60),
                new IntervalDemand(T0.plus(Duration.ofHours(2)), Duration.ofHours(1), 1, 60));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StaffingCalculator.requirements(gap, email(2)));
        assertTrue(e.getMessage().contains("does not follow"), e.getMessage());
    }

    /**
     * Property: the plan answers every item in time, and its peak is the smallest — any schedule capped one agent
     * lower misses a deadline.
     */
    @RepeatedTest(30)
    void planMeetsEveryDeadlineWithTheSmallestPeak(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(9_100L + info.getCurrentRepetition());
        int n = rnd.nextInt(4, 60);
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            volume[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble(0, 80);
        }
        double hours = rnd.nextInt(1, 9);
        List<IntervalDemand> demand = hourly(volume, 300);
        List<StaffingRequirement> req = StaffingCalculator.requirements(demand, email(hours));
        int[] agents = req.stream().mapToInt(StaffingRequirement::agentsRaw).toArray();
        int peak = Arrays.stream(agents).max().orElse(0);
        List<ServiceOutcome> ok = StaffingCalculator.project(demand, email(hours), agents);
        for (ServiceOutcome o : ok) {
            assertEquals(1.0, o.serviceLevel(), 1e-12);
        }
        if (peak > 0) {
            // the most generous schedule under the lower cap: peak - 1 agents in every interval
            int[] lower = new int[n];
            Arrays.fill(lower, peak - 1);
            double worst = StaffingCalculator.project(demand, email(hours), lower).stream()
                    .mapToDouble(ServiceOutcome::serviceLevel).min().orElse(1);
            assertTrue(worst < 1.0, "a lower peak must miss a deadline");
        }
    }

    /** Property: one more agent in any interval never lowers any interval's service level or raises its ASA. */
    @RepeatedTest(30)
    void moreAgentsNeverServeWorse(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(9_500L + info.getCurrentRepetition());
        int n = rnd.nextInt(3, 40);
        double[] volume = new double[n];
        int[] agents = new int[n];
        for (int i = 0; i < n; i++) {
            volume[i] = rnd.nextDouble(0, 60);
            agents[i] = rnd.nextInt(0, 6);
        }
        List<IntervalDemand> demand = hourly(volume, 300);
        QueueConfig q = email(rnd.nextInt(1, 6));
        List<ServiceOutcome> before = StaffingCalculator.project(demand, q, agents);
        agents[rnd.nextInt(n)]++;
        List<ServiceOutcome> after = StaffingCalculator.project(demand, q, agents);
        for (int i = 0; i < n; i++) {
            assertTrue(after.get(i).serviceLevel() >= before.get(i).serviceLevel() - 1e-9, "SL fell at " + i);
            assertTrue(after.get(i).asaSeconds() <= before.get(i).asaSeconds() + 1e-6
                    || Double.isInfinite(before.get(i).asaSeconds()), "response time rose at " + i);
        }
    }
}
