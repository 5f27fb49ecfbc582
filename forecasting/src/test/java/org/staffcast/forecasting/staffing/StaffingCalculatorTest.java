package org.staffcast.forecasting.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class StaffingCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final ServiceTarget SL_80_20 = new ServiceTarget.ServiceLevel(0.8, 20);

    static IntervalDemand halfHour(double volume, double aht) {
        return new IntervalDemand(T0, Duration.ofMinutes(30), volume, aht);
    }

    @Test
    void voiceRequirementWithShrinkage() {
        QueueConfig q = QueueConfig.of("voice", Channel.VOICE, SL_80_20).withShrinkage(0.3);
        StaffingRequirement r = StaffingCalculator.requirements(List.of(halfHour(100, 180)), q).get(0);
        assertEquals(14, r.agentsRaw());
        assertEquals(20, r.agentsRequired()); // ceil(14 / 0.7) = 20
        assertEquals(ErlangC.serviceLevel(14, 10, 180, 20), r.serviceLevel(), 1e-15);
        assertEquals(ErlangC.averageSpeedOfAnswer(14, 10, 180), r.asaSeconds(), 1e-12);
        assertEquals(10.0 / 14, r.occupancy(), 1e-15);
        assertEquals(0.0, r.abandonRate());
        assertEquals("voice", r.queue());
        assertEquals(T0, r.intervalStart());
    }

    @Test
    void shrinkageRoundsUpWithoutFloatingPointSurprises() {
        assertEquals(13, StaffingCalculator.withShrinkage(10, 0.2)); // 12.5
        assertEquals(16, StaffingCalculator.withShrinkage(12, 0.25)); // 16.000000000000004 in doubles
        assertEquals(0, StaffingCalculator.withShrinkage(0, 0.5));
        assertEquals(7, StaffingCalculator.withShrinkage(7, 0.0));
        assertThrows(IllegalArgumentException.class, () -> StaffingCalculator.withShrinkage(1, 1.0));
    }

    @Test
    void zeroVolumeNeedsNobody() {
        QueueConfig q = QueueConfig.of("voice", Channel.VOICE, SL_80_20).withShrinkage(0.3);
        StaffingRequirement r = StaffingCalculator.requirements(List.of(halfHour(0, 0)), q).get(0);
        assertEquals(0, r.agentsRaw());
        assertEquals(0, r.agentsRequired());
        assertEquals(1.0, r.serviceLevel());
    }

    @Test
    void patienceSwitchesToErlangA() {
        QueueConfig q = QueueConfig.of("voice", Channel.VOICE, SL_80_20).withPatienceSeconds(120);
        StaffingRequirement r = StaffingCalculator.requirements(List.of(halfHour(100, 180)), q).get(0);
        int n = ErlangA.agentsForServiceLevel(100 / 1800.0, 180, 120, 0.8, 20, 1.0);
        assertEquals(n, r.agentsRaw());
        ServiceOutcome o = ErlangA.evaluate(n, 100 / 1800.0, 180, 120, 20);
        assertEquals(o.serviceLevel(), r.serviceLevel(), 1e-15);
        assertEquals(o.abandonRate(), r.abandonRate(), 1e-15);
        assertTrue(r.abandonRate() > 0);
        assertTrue(n <= 14, "abandonment relieves the queue: " + n);
    }

    /** Chat slot model: agents = ceil(slots / c), where slots is the Erlang C answer for the same load. */
    @Test
    void chatAgentsAreSlotsDividedByConcurrency() {
        QueueConfig q = QueueConfig.of("chat", Channel.CHAT, SL_80_20).withConcurrency(3);
        // 300 chats in 30 min at 360 s each: A = 60 slot-Erlangs
        int slots = ErlangC.agentsForServiceLevel(60, 360, 0.8, 20, 1.0);
        StaffingRequirement r = StaffingCalculator.requirements(List.of(halfHour(300, 360)), q).get(0);
        assertEquals((slots + 2) / 3, r.agentsRaw());
        assertEquals(ErlangC.serviceLevel(r.agentsRaw() * 3, 60, 360, 20), r.serviceLevel(), 1e-15);
        assertEquals(60.0 / (r.agentsRaw() * 3), r.occupancy(), 1e-15);
        // one fewer agent misses the target
        assertTrue(ErlangC.serviceLevel((r.agentsRaw() - 1) * 3, 60, 360, 20) < 0.8);
    }

    @Test
    void asaTargetReportsServiceWithinTheAsaSeconds() {
        QueueConfig q = QueueConfig.of("voice", Channel.VOICE, new ServiceTarget.AverageSpeedOfAnswer(15));
        StaffingRequirement r = StaffingCalculator.requirements(List.of(halfHour(100, 180)), q).get(0);
        assertEquals(14, r.agentsRaw());
        assertEquals(ErlangC.serviceLevel(14, 10, 180, 15), r.serviceLevel(), 1e-15);
    }

    @Test
    void projectionAgreesWithTheRequirement() {
        QueueConfig q = QueueConfig.of("voice", Channel.VOICE, SL_80_20).withPatienceSeconds(90);
        List<IntervalDemand> demand = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            demand.add(new IntervalDemand(T0.plus(Duration.ofMinutes(15L * i)), Duration.ofMinutes(15), 20 + 30 * i,
                    200));
        }
        List<StaffingRequirement> req = StaffingCalculator.requirements(demand, q);
        int[] agents = req.stream().mapToInt(StaffingRequirement::agentsRaw).toArray();
        List<ServiceOutcome> proj = StaffingCalculator.project(demand, q, agents);
        for (int i = 0; i < agents.length; i++) {
            assertEquals(req.get(i).serviceLevel(), proj.get(i).serviceLevel(), 1e-15);
            assertTrue(proj.get(i).serviceLevel() >= 0.8);
            agents[i]--;
        }
        List<ServiceOutcome> short1 = StaffingCalculator.project(demand, q, agents);
        for (ServiceOutcome o : short1) {
            assertTrue(o.serviceLevel() < 0.8, "one agent fewer must miss the target");
        }
        assertThrows(IllegalArgumentException.class, () -> StaffingCalculator.project(demand, q, new int[3]));
    }

    @Test
    void queueConfigErrorsNameTheQueueAndField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueueConfig.of("sales", Channel.VOICE, SL_80_20).withShrinkage(1.2));
        assertEquals("queue sales: shrinkage 1.2 is not in [0, 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> QueueConfig.of("mail", Channel.EMAIL, SL_80_20));
        assertTrue(e.getMessage().startsWith("queue mail: target: EMAIL needs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> QueueConfig.of("sales", Channel.VOICE, SL_80_20).withConcurrency(2));
        assertTrue(e.getMessage().contains("only allowed on CHAT"), e.getMessage());
    }

    /** Property: required agents never fall as volume or AHT grow, on every channel and target kind. */
    @RepeatedTest(40)
    void requiredAgentsNonDecreasingInVolumeAndAht(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(31_000L + info.getCurrentRepetition());
        QueueConfig q = switch (rnd.nextInt(4)) {
            case 0 -> QueueConfig.of("v", Channel.VOICE,
                    new ServiceTarget.ServiceLevel(rnd.nextDouble(0.5, 0.95), rnd.nextInt(0, 60)));
            case 1 -> QueueConfig.of("v", Channel.VOICE, new ServiceTarget.AverageSpeedOfAnswer(rnd.nextInt(5, 60)))
                    .withPatienceSeconds(rnd.nextDouble(20, 600));
            case 2 -> QueueConfig.of("c", Channel.CHAT,
                    new ServiceTarget.ServiceLevel(rnd.nextDouble(0.5, 0.95), rnd.nextInt(0, 60)))
                    .withConcurrency(rnd.nextInt(1, 5)).withPatienceSeconds(rnd.nextDouble(20, 600));
            default -> QueueConfig.of("v", Channel.VOICE,
                    new ServiceTarget.ServiceLevel(rnd.nextDouble(0.5, 0.95), rnd.nextInt(0, 60)))
                    .withMaxOccupancy(rnd.nextDouble(0.6, 1.0));
        };
        q = q.withShrinkage(rnd.nextDouble(0, 0.5));
        double volume = rnd.nextDouble(0, 600);
        double aht = rnd.nextDouble(20, 900);
        int base = StaffingCalculator.requirements(List.of(halfHour(volume, aht)), q).get(0).agentsRequired();
        for (int step = 0; step < 5; step++) {
            volume += rnd.nextDouble(0, 30);
            int more = StaffingCalculator.requirements(List.of(halfHour(volume, aht)), q).get(0).agentsRequired();
            assertTrue(more >= base, "volume up, agents down: " + q);
            aht += rnd.nextDouble(0, 30);
            int longer = StaffingCalculator.requirements(List.of(halfHour(volume, aht)), q).get(0).agentsRequired();
            assertTrue(longer >= more, "AHT up, agents down: " + q);
            base = longer;
        }
    }
}
