package org.staffcast.forecasting.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ErlangATest {

    /**
     * Independent reference for the stationary measures: the M/M/N+M birth–death chain solved by brute force
     * (unnormalised probabilities by the balance equations, truncated far out, then normalised), with
     * P(wait) = P(state >= N) by PASTA and P(abandon) = theta E[queue] / lambda (abandonment flow balance).
     */
    static double[] bruteForce(int n, double lambda, double aht, double patience) {
        double mu = 1 / aht;
        double theta = 1 / patience;
        int states = n + 20_000;
        double[] p = new double[states];
        p[0] = 1;
        double total = 1;
        double max = 1;
        for (int k = 1; k < states; k++) {
            double death = Math.min(k, n) * mu + Math.max(0, k - n) * theta;
            p[k] = p[k - 1] * lambda / death;
            max = Math.max(max, p[k]);
            if (max > 1e200) {
                for (int j = 0; j <= k; j++) {
                    p[j] /= 1e200;
                }
                max /= 1e200;
            }
        }
        total = 0;
        for (double v : p) {
            total += v;
        }
        double wait = 0;
        double queue = 0;
        for (int k = n; k < states; k++) {
            wait += p[k] / total;
            queue += (k - n) * p[k] / total;
        }
        return new double[] {wait, theta * queue / lambda};
    }

    @Test
    void stationaryMeasuresAgreeWithTheBirthDeathChain() {
        double[][] cases = {
            // agents, calls per second, AHT, patience
            {14, 100 / 1800.0, 180, 120},
            {5, 100 / 1800.0, 180, 120}, // heavily overloaded: stable only thanks to abandonment
            {1, 0.01, 60, 30},
            {50, 0.25, 180, 300},
            {200, 1.2, 150, 90},
        };
        for (double[] c : cases) {
            ServiceOutcome o = ErlangA.evaluate((int) c[0], c[1], c[2], c[3], 20);
            double[] ref = bruteForce((int) c[0], c[1], c[2], c[3]);
            assertEquals(ref[0], o.probabilityOfWait(), 1e-10, "P(wait) " + java.util.Arrays.toString(c));
            assertEquals(ref[1], o.abandonRate(), 1e-10, "P(abandon) " + java.util.Arrays.toString(c));
            // carried load: occupancy N = A (1 - P(abandon))
            assertEquals(c[1] * c[2] * (1 - ref[1]) / c[0], o.occupancy(), 1e-9);
        }
    }

    @Test
    void singleAgentHandComputed() {
        // M/M/1+M, lambda = mu = theta = 1 per minute: pi_{1+j} = pi_1 prod_{i=1..j} 1/(1+i) = pi_1 / (j+1)!
        // and pi_0 = pi_1, so tail/pi_1 = sum_j 1/(j+1)! = e - 1 and P(wait) = (e-1)/(1 + e - 1) = 1 - 1/e
        ServiceOutcome o = ErlangA.evaluate(1, 1 / 60.0, 60, 60, 0);
        assertEquals(1 - Math.exp(-1), o.probabilityOfWait(), 1e-12);
        // a waiting customer with j ahead is served with probability prod_{i=0..j} (1+i)/(2+i) = 1/(j+2);
        // P(abandon) = sum_j pi_{1+j} (1 - 1/(j+2)) / e, with pi_{1+j} = 1/(j+1)!:
        double ab = 0;
        double fact = 1;
        for (int j = 0; j < 30; j++) {
            fact *= (j + 1);
            ab += (1 / fact) * (1 - 1.0 / (j + 2));
        }
        assertEquals(ab / Math.E, o.abandonRate(), 1e-12);
        // with T = 0 only immediate answers count: SL = P(no wait) = 1/e
        assertEquals(Math.exp(-1), o.serviceLevel(), 1e-12);
    }

    /** Erlang A tends to Erlang C as the mean patience grows without bound. */
    @Test
    void tendsToErlangCAsPatienceGrows() {
        double lambda = 100 / 1800.0;
        ServiceOutcome c = ErlangC.evaluate(14, 10, 180, 20);
        double previousGap = Double.POSITIVE_INFINITY;
        for (double patience : new double[] {60, 600, 6e3, 6e4, 6e5, 6e6, 6e7}) {
            ServiceOutcome a = ErlangA.evaluate(14, lambda, 180, patience, 20);
            double gap = Math.abs(a.serviceLevel() - c.serviceLevel())
                    + Math.abs(a.probabilityOfWait() - c.probabilityOfWait())
                    + Math.abs(a.asaSeconds() - c.asaSeconds()) / 180 + a.abandonRate();
            assertTrue(gap < previousGap, "gap must shrink: " + gap + " at patience " + patience);
            previousGap = gap;
        }
        assertTrue(previousGap < 1e-5, "gap at 6e7 s patience: " + previousGap);
        ServiceOutcome far = ErlangA.evaluate(14, lambda, 180, 6e8, 20);
        assertEquals(c.serviceLevel(), far.serviceLevel(), 1e-6);
        assertEquals(c.asaSeconds(), far.asaSeconds(), 1e-4);
        assertEquals(ErlangC.agentsForServiceLevel(10, 180, 0.8, 20, 1.0),
                ErlangA.agentsForServiceLevel(lambda, 180, 1e9, 0.8, 20, 1.0));
    }

    @Test
    void overloadedLargeSystemLosesTheExcessToAbandonment() {
        // 4000 Erlangs on 3000 agents: fluid limit, a quarter of the calls abandon
        ServiceOutcome o = ErlangA.evaluate(3000, 4000 / 180.0, 180, 120, 20);
        assertEquals(0.25, o.abandonRate(), 0.001);
        assertEquals(1.0, o.occupancy(), 0.001);
        ServiceOutcome big = ErlangA.evaluate(5000, 4000 / 180.0, 180, 120, 20);
        assertEquals(1.0, big.serviceLevel(), 1e-12);
    }

    /** Property: SL never falls and abandonment never rises as agents are added; requirements monotone in volume. */
    @RepeatedTest(25)
    void monotoneInAgentsAndVolume(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(7_000L + info.getCurrentRepetition());
        double lambda = rnd.nextDouble(0.005, 1.5);
        double aht = rnd.nextDouble(30, 600);
        double patience = rnd.nextDouble(10, 900);
        double t = rnd.nextDouble(0, 60);
        double prevSl = -1;
        double prevAb = 2;
        int top = (int) (lambda * aht) + 20;
        for (int n = 1; n <= top; n++) {
            ServiceOutcome o = ErlangA.evaluate(n, lambda, aht, patience, t);
            assertTrue(o.serviceLevel() >= prevSl - 1e-12, "SL fell at " + n);
            assertTrue(o.abandonRate() <= prevAb + 1e-12, "abandonment rose at " + n);
            prevSl = o.serviceLevel();
            prevAb = o.abandonRate();
        }
        double sl = rnd.nextDouble(0.5, 0.95);
        int n = ErlangA.agentsForServiceLevel(lambda, aht, patience, sl, t, 1.0);
        assertTrue(ErlangA.evaluate(n, lambda, aht, patience, t).serviceLevel() >= sl);
        assertTrue(n == 1 || ErlangA.evaluate(n - 1, lambda, aht, patience, t).serviceLevel() < sl);
        assertTrue(ErlangA.agentsForServiceLevel(lambda * 1.1, aht, patience, sl, t, 1.0) >= n);
        assertTrue(ErlangA.agentsForServiceLevel(lambda, aht * 1.1, patience, sl, t, 1.0) >= n);
        int m = ErlangA.agentsForAsa(lambda, aht, patience, 10, 1.0);
        assertTrue(ErlangA.evaluate(m, lambda, aht, patience, 10).asaSeconds() <= 10);
        assertTrue(m == 1 || ErlangA.evaluate(m - 1, lambda, aht, patience, 10).asaSeconds() > 10);
    }
}
