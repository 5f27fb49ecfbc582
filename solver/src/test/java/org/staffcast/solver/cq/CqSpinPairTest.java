package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class CqSpinPairTest {

    /** Every element of every range is written once, by one of the two parts, whether the helper or the caller runs it. */
    @Test
    void everyElementIsDoneOnceAcrossManyJobs() {
        SplittableRandom random = new SplittableRandom(5);
        try (CqSpinPair pair = new CqSpinPair()) {
            for (int round = 0; round < 40; round++) {
                if (round % 2 == 0) {
                    pair.activate();
                } else {
                    pair.deactivate();
                }
                for (int job = 0; job < 500; job++) {
                    int n = random.nextInt(0, 300);
                    int split = random.nextInt(0, n + 1);
                    int[] hits = new int[n];
                    int[] part = new int[n];
                    pair.run((p, from, to) -> {
                        for (int i = from; i < to; i++) {
                            hits[i]++;
                            part[i] = p;
                        }
                    }, n, split);
                    int[] once = new int[n];
                    java.util.Arrays.fill(once, 1);
                    assertArrayEquals(once, hits, "round " + round + " job " + job);
                    for (int i = 0; i < n; i++) {
                        assertEquals(i < split ? 0 : 1, part[i], "the part of element " + i);
                    }
                }
            }
        }
    }

    @Test
    void aFailureInEitherPartReachesTheCallerAndThePairGoesOn() {
        try (CqSpinPair pair = new CqSpinPair()) {
            pair.activate();
            for (int failing = 0; failing < 2; failing++) {
                int bad = failing;
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> pair.run((p, from, to) -> {
                    if (p == bad) {
                        throw new IllegalStateException("part " + p);
                    }
                }, 10, 5));
                assertEquals("part " + bad, e.getMessage());
            }
            long[] sum = new long[2];
            pair.run((p, from, to) -> {
                for (int i = from; i < to; i++) {
                    sum[p] += i;
                }
            }, 100, 50);
            assertEquals(99 * 100 / 2, sum[0] + sum[1]);
        }
    }
}
