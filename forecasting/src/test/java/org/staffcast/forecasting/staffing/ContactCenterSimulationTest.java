package org.staffcast.forecasting.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.staffcast.forecasting.staffing.ContactCenterSimulation.AgentGroup;
import org.staffcast.forecasting.staffing.ContactCenterSimulation.Estimate;
import org.staffcast.forecasting.staffing.ContactCenterSimulation.QueueDemand;

class ContactCenterSimulationTest {

    private static final ServiceTarget SL_80_20 = new ServiceTarget.ServiceLevel(0.8, 20);

    static double[] constant(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    static int[] constant(int n, int v) {
        int[] a = new int[n];
        Arrays.fill(a, v);
        return a;
    }

    /** Offered-weighted pooled measures over intervals {@code from..}: SL, ASA, abandonment. */
    static double[] pooled(List<Estimate> estimates, String queue, int from) {
        double offered = 0;
        double sl = 0;
        double asa = 0;
        double ab = 0;
        for (Estimate e : estimates) {
            if (e.queue().equals(queue) && e.interval() >= from) {
                offered += e.offered();
                sl += e.serviceLevel() * e.offered();
                asa += e.asaSeconds() * e.offered();
                ab += e.abandonRate() * e.offered();
            }
        }
        return new double[] {sl / offered, asa / offered, ab / offered, offered};
    }

    /**
     * One queue, constant demand (A = 40 Erlangs), 15-minute intervals: after a 3-hour warm-up from empty, the
     * simulated steady state agrees with the exact Erlang C and Erlang A service level within 2 points.
     * 96 intervals x 200 calls x 40 replications = about 770,000 calls per case: heavy-traffic Erlang C mixes
     * slowly, and with 8 replications single seeds strayed up to 3.5 points; with 40, six seeds stayed within 0.6.
     */
    @Test
    void singleQueueAgreesWithErlangCAndA() {
        int intervals = 96;
        for (Double patience : new Double[] {null, 120.0}) {
            for (int agents : new int[] {44, 46}) {
                QueueConfig q = QueueConfig.of("v", Channel.VOICE, SL_80_20);
                if (patience != null) {
                    q = q.withPatienceSeconds(patience);
                }
                ContactCenterSimulation sim = new ContactCenterSimulation(
                        List.of(new QueueDemand(q, constant(intervals, 200.0), constant(intervals, 180.0))),
                        List.of(new AgentGroup("all", Set.of("v"), constant(intervals, agents))), 900);
                double[] p = pooled(sim.run(40, 20_260_301L), "v", 12);
                ServiceOutcome exact = patience == null ? ErlangC.evaluate(agents, 40, 180, 20)
                        : ErlangA.evaluate(agents, 200 / 900.0, 180, patience, 20);
                String what = (patience == null ? "Erlang C" : "Erlang A") + " with " + agents + " agents";
                assertEquals(exact.serviceLevel(), p[0], 0.02, what + " SL");
                assertEquals(exact.abandonRate(), p[2], 0.005, what + " abandonment");
                assertEquals(exact.asaSeconds(), p[1], 0.1 * exact.asaSeconds() + 0.2, what + " ASA");
            }
        }
    }

    @Test
    void sameSeedSameFiguresOtherSeedOtherFigures() {
        QueueConfig q = QueueConfig.of("v", Channel.VOICE, SL_80_20).withPatienceSeconds(60);
        ContactCenterSimulation sim = new ContactCenterSimulation(
                List.of(new QueueDemand(q, constant(8, 50.0), constant(8, 200.0))),
                List.of(new AgentGroup("all", Set.of("v"), new int[] {8, 8, 10, 12, 12, 10, 6, 4})), 900);
        List<Estimate> a = sim.run(3, 42);
        List<Estimate> b = sim.run(3, 42);
        assertEquals(a, b);
        assertNotEquals(a, sim.run(3, 43));
        assertEquals(8, a.size());
        // fewer agents at the end: worse service there than in the well-staffed middle
        assertTrue(a.get(7).serviceLevel() < a.get(4).serviceLevel());
    }

    /**
     * Multi-skill routing with priorities: a shared group serves sales (priority 10) and support (priority 1); the
     * higher-priority queue gets the better service. A support-only group then lifts support without hurting sales.
     */
    @Test
    void priorityRoutingAndSpecialistsFirst() {
        int n = 24;
        QueueConfig sales = QueueConfig.of("sales", Channel.VOICE, SL_80_20).withPriority(10).withSkill("sales")
                .withPatienceSeconds(180);
        QueueConfig support = QueueConfig.of("support", Channel.VOICE, SL_80_20).withPriority(1).withSkill("support")
                .withPatienceSeconds(180);
        List<QueueDemand> demand = List.of(
                new QueueDemand(sales, constant(n, 100.0), constant(n, 180.0)),
                new QueueDemand(support, constant(n, 100.0), constant(n, 180.0)));
        ContactCenterSimulation shared = new ContactCenterSimulation(demand,
                List.of(new AgentGroup("both", Set.of("sales", "support"), constant(n, 42))), 900);
        List<Estimate> e = shared.run(4, 7);
        double salesSl = pooled(e, "sales", 4)[0];
        double supportSl = pooled(e, "support", 4)[0];
        assertTrue(salesSl > supportSl + 0.05, "priority: sales " + salesSl + " vs support " + supportSl);

        ContactCenterSimulation withSpecialists = new ContactCenterSimulation(demand, List.of(
                new AgentGroup("both", Set.of("sales", "support"), constant(n, 42)),
                new AgentGroup("support-only", Set.of("support"), constant(n, 4))), 900);
        List<Estimate> f = withSpecialists.run(4, 7);
        assertTrue(pooled(f, "support", 4)[0] > supportSl, "specialists help support");
        assertTrue(pooled(f, "sales", 4)[0] >= salesSl - 0.01, "and do not hurt sales");
    }

    @Test
    void noAgentsMeansNothingAnswered() {
        QueueConfig q = QueueConfig.of("v", Channel.VOICE, SL_80_20).withPatienceSeconds(60);
        ContactCenterSimulation sim = new ContactCenterSimulation(
                List.of(new QueueDemand(q, constant(2, 30.0), constant(2, 200.0))),
                List.of(new AgentGroup("none", Set.of("v"), new int[2])), 900);
        for (Estimate e : sim.run(2, 1)) {
            assertEquals(0.0, e.serviceLevel());
            assertEquals(1.0, e.abandonRate());
        }
    }
}
