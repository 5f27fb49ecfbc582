package org.staffcast.solver.coverage;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.staffcast.solver.model.WorkSlot;

/**
 * How many agents of each skill set work one interval: {@code counts[i]} agents can serve the queues in
 * {@code masks[i]}. Built incrementally by {@link #collector()} in the constraint streams and directly by the
 * plain-Java score calculator.
 */
public record SkillMix(int[] masks, int[] counts) {

    public static final SkillMix EMPTY = new SkillMix(new int[0], new int[0]);

    public int groups() {
        return masks.length;
    }

    public SkillAllocation.Result allocate(int[] required, int[] priority) {
        return SkillAllocation.allocate(masks, counts, masks.length, required, priority);
    }

    /** Builds a mix from per-mask counts (index = mask). */
    public static SkillMix ofCounts(int[] countByMask) {
        int n = 0;
        for (int c : countByMask) {
            if (c > 0) {
                n++;
            }
        }
        int[] m = new int[n];
        int[] c = new int[n];
        int k = 0;
        for (int mask = 0; mask < countByMask.length; mask++) {
            if (countByMask[mask] > 0) {
                m[k] = mask;
                c[k++] = countByMask[mask];
            }
        }
        return new SkillMix(m, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkillMix s && Arrays.equals(s.masks, masks) && Arrays.equals(s.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(masks) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SkillMix[");
        for (int i = 0; i < masks.length; i++) {
            b.append(i == 0 ? "" : ", ").append(Integer.toBinaryString(masks[i])).append('×').append(counts[i]);
        }
        return b.append(']').toString();
    }

    /** Incremental collector of {@link WorkSlot}s into a {@link SkillMix}; placeholders count nobody. */
    public static UniConstraintCollector<WorkSlot, Counter, SkillMix> collector() {
        return COLLECTOR;
    }

    private static final UniConstraintCollector<WorkSlot, Counter, SkillMix> COLLECTOR = new UniConstraintCollector<>() {
        @Override
        public Supplier<Counter> supplier() {
            return Counter::new;
        }

        @Override
        public BiFunction<Counter, WorkSlot, Runnable> accumulator() {
            return (counter, slot) -> {
                int mask = slot.queueMask();
                if (mask == WorkSlot.NOBODY) {
                    return () -> { };
                }
                counter.add(mask, 1);
                return () -> counter.add(mask, -1);
            };
        }

        @Override
        public Function<Counter, SkillMix> finisher() {
            return counter -> SkillMix.ofCounts(counter.byMask);
        }
    };

    /** Mutable per-mask counts inside one group. */
    public static final class Counter {
        private int[] byMask = new int[16];

        void add(int mask, int delta) {
            if (mask >= byMask.length) {
                byMask = Arrays.copyOf(byMask, Integer.highestOneBit(mask) << 1);
            }
            byMask[mask] += delta;
        }
    }
}
