package org.staffcast.api.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.staffcast.data.model.ForecastAdjustment;

/** Adjustments apply in creation order to volume and interval, only on their queue and [start, end), floored at 0. */
class AdjustmentsTest {

    static ForecastAdjustment adj(long id, long queue, long start, long end, String kind, double amount, Long deletedAt) {
        return new ForecastAdjustment(id, 1L, queue, start, end, kind, amount, "m", "r", 0, deletedAt, null, 0L);
    }

    @Test
    void percentThenAbsoluteInCreationOrder() {
        List<ForecastAdjustment> a = List.of(adj(1, 7, 0, 3600, "PERCENT", 50, null), adj(2, 7, 0, 1800, "ABSOLUTE", -4, null));
        // 10 × 1.5 = 15, then − 4 = 11; interval [8, 12] → [12, 18] → [8, 14]
        assertEquals(new Adjustments.Adjusted(11, 8, 14), Adjustments.apply(7, 900, 10, 8, 12, a));
        // only the percent covers 1800 (end is exclusive for the absolute one)
        assertEquals(new Adjustments.Adjusted(15, 12, 18), Adjustments.apply(7, 1800, 10, 8, 12, a));
        // another queue, or outside the range: untouched
        assertEquals(new Adjustments.Adjusted(10, 8, 12), Adjustments.apply(8, 900, 10, 8, 12, a));
        assertEquals(new Adjustments.Adjusted(10, 8, 12), Adjustments.apply(7, 3600, 10, 8, 12, a));
    }

    @Test
    void deletedAdjustmentsAreIgnoredAndVolumesNeverGoNegative() {
        List<ForecastAdjustment> a = List.of(adj(1, 7, 0, 3600, "PERCENT", 300, 99L), adj(2, 7, 0, 3600, "ABSOLUTE", -9, null),
                adj(3, 7, 0, 3600, "ABSOLUTE", 2, null));
        // deleted ×4 skipped; 5 − 9 floors at 0 before + 2
        assertEquals(new Adjustments.Adjusted(2, 2, 2), Adjustments.apply(7, 0, 5, 3, 8, a));
        assertEquals(new Adjustments.Adjusted(0, 0, 0), Adjustments.apply(7, 0, 5, 3, 8,
                List.of(adj(4, 7, 0, 3600, "PERCENT", -100, null))));
    }
}
