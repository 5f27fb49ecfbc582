package org.staffcast.forecasting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Timeline;

/** Each model on series whose right forecast is known exactly. */
class ModelKnownAnswersTest {

    static final IntervalGrid BERLIN = IntervalGrid.quarterHours(ZoneId.of("Europe/Berlin"));

    /** Bank-like opening: Mon-Fri 08:00-18:00 (slots 32..71); other intervals have no rows (NaN). */
    static boolean open(int dow, int slot) {
        return dow < 5 && slot >= 32 && slot < 72;
    }

    static double pattern(int dow, int slot) {
        return 20 + 10 * Math.sin(slot / 7.0) + 4 * dow + (slot % 5);
    }

    /** A window over {@code weeks} weeks of history plus one target week, values from {@code f}, NaN if closed. */
    static SeriesWindow window(LocalDate start, int weeks, ValueFn f) {
        Timeline tl = new Timeline(BERLIN, new Horizon(start, weeks * 7 + 7));
        double[] y = new double[tl.size()];
        double[] aht = new double[tl.size()];
        for (int i = 0; i < y.length; i++) {
            boolean o = open(tl.dayOfWeek(i), tl.slot(i));
            y[i] = o ? f.value(tl, i) : Double.NaN;
            aht[i] = o ? 200 + tl.slot(i) : Double.NaN;
        }
        int end = tl.dayFirst(weeks * 7);
        return new SeriesWindow(tl, y, aht, end, tl.size(), new boolean[tl.dayCount()]);
    }

    interface ValueFn {
        double value(Timeline tl, int i);
    }

    static Stream<ForecastModel> exactOnPureWeeklyPattern() {
        return Stream.of(new SeasonalNaive(), new WeeksAverage(6), new SeasonalRegression(), new DoubleSeasonal());
    }

    @ParameterizedTest
    @MethodSource("exactOnPureWeeklyPattern")
    void pureWeeklyPatternWithClosedGapsIsForecastExactly(ForecastModel model) {
        // the target week holds the spring-forward Sunday 2025-03-30 (closed anyway: Sunday)
        SeriesWindow w = window(LocalDate.of(2025, 1, 27), 8, (tl, i) -> pattern(tl.dayOfWeek(i), tl.slot(i)));
        PointForecast f = PointForecast.of(model, w);
        Timeline tl = w.timeline();
        assertEquals(6 * 96 + 92, f.volume().length);
        for (int t = 0; t < f.volume().length; t++) {
            int i = w.end() + t;
            double expected = open(tl.dayOfWeek(i), tl.slot(i)) ? pattern(tl.dayOfWeek(i), tl.slot(i)) : 0;
            assertEquals(expected, f.volume()[t], 1e-9 * Math.max(1, expected), model.name() + " at " + tl.start(i));
        }
    }

    @Test
    void topDownKeepsDailyTotalsOfAPureWeeklyPatternAndSmoothsWithinTheDay() {
        SeriesWindow w = window(LocalDate.of(2025, 1, 27), 8, (tl, i) -> pattern(tl.dayOfWeek(i), tl.slot(i)));
        PointForecast f = PointForecast.of(new TopDownHoltWinters(), w);
        Timeline tl = w.timeline();
        for (int d = tl.day(w.end()); d < tl.dayCount(); d++) {
            double expected = 0;
            double got = 0;
            for (int i = tl.dayFirst(d); i < tl.dayFirst(d + 1); i++) {
                if (open(tl.dayOfWeek(i), tl.slot(i))) {
                    expected += pattern(tl.dayOfWeek(i), tl.slot(i));
                } else {
                    assertEquals(0, f.volume()[i - w.end()], "closed interval");
                }
                got += f.volume()[i - w.end()];
            }
            assertEquals(expected, got, 1e-6 * Math.max(1, expected), "day " + tl.horizon().start().plusDays(d));
        }
        // the (1,2,1)/4 smoothing of shares: an interior slot gets (p[s-1] + 2 p[s] + p[s+1]) / 4 of the day total
        int i = tl.positionOf(tl.day(w.end()), 50);
        int dow = tl.dayOfWeek(i);
        double sum = 0;
        for (int s = 32; s < 72; s++) {
            sum += pattern(dow, s);
        }
        double smoothedShare = (pattern(dow, 49) + 2 * pattern(dow, 50) + pattern(dow, 51)) / 4 / sum;
        double norm = 0;
        for (int s = 32; s < 72; s++) {
            double c = 2 * pattern(dow, s) + (s > 32 ? pattern(dow, s - 1) : 0) + (s < 71 ? pattern(dow, s + 1) : 0);
            norm += c / (2 + (s > 32 ? 1 : 0) + (s < 71 ? 1 : 0)) / sum;
        }
        assertEquals(sum * smoothedShare / norm, f.volume()[i - w.end()], 1e-9);
    }

    @Test
    void regressionRecoversALogLinearTrendExactly() {
        double growthPerDay = 0.004;
        LocalDate start = LocalDate.of(2025, 1, 6);
        SeriesWindow w = window(start, 10, (tl, i) -> Math.expm1(Math.log(pattern(tl.dayOfWeek(i), tl.slot(i)))
                + growthPerDay * tl.day(i)));
        SeasonalRegression.Fit fit = SeasonalRegression.fit(w, SeasonalRegression.WEEKS);
        assertEquals(growthPerDay, fit.trendPerDay(), 1e-12);
        assertEquals(1.0, fit.smearing(), 1e-12);
        double[] v = new SeasonalRegression().volume(w);
        Timeline tl = w.timeline();
        for (int t = 0; t < v.length; t++) {
            int i = w.end() + t;
            if (open(tl.dayOfWeek(i), tl.slot(i))) {
                double expected = Math.expm1(Math.log(pattern(tl.dayOfWeek(i), tl.slot(i))) + growthPerDay * tl.day(i));
                assertEquals(expected, v[t], 1e-9 * expected);
            }
        }
    }

    @Test
    void regressionRecoversTheSpecialDayEffect() {
        LocalDate start = LocalDate.of(2025, 1, 6);
        Timeline tl = new Timeline(BERLIN, new Horizon(start, 10 * 7 + 7));
        boolean[] special = new boolean[tl.dayCount()];
        special[9] = true; // a Wednesday
        special[30] = true; // a Tuesday
        special[73] = true; // a Wednesday in the target week
        double[] y = new double[tl.size()];
        for (int i = 0; i < y.length; i++) {
            boolean o = open(tl.dayOfWeek(i), tl.slot(i));
            double base = pattern(tl.dayOfWeek(i), tl.slot(i));
            y[i] = o ? Math.expm1(Math.log(base) + (special[tl.day(i)] ? Math.log(0.3) : 0)) : Double.NaN;
        }
        double[] aht = new double[y.length];
        Arrays.fill(aht, Double.NaN);
        SeriesWindow w = new SeriesWindow(tl, y, aht, tl.dayFirst(70), tl.size(), special);
        SeasonalRegression.Fit fit = SeasonalRegression.fit(w, SeasonalRegression.WEEKS);
        assertEquals(Math.log(0.3), fit.special(), 1e-9);
        assertEquals(0, fit.trendPerDay(), 1e-12);
        PointForecast f = PointForecast.of(new SeasonalRegression(), w);
        int i = tl.positionOf(73, 40);
        assertEquals(Math.expm1(Math.log(pattern(tl.dayOfWeek(i), 40)) + Math.log(0.3)), f.volume()[i - w.end()], 1e-9);
    }

    @Test
    void averageOfLastWeeksIsTheMeanOfThoseWeeks() {
        // week k has level 10 + k: the 6-week average before week 8 is the mean of weeks 2..7 = 10 + 4.5
        SeriesWindow w = window(LocalDate.of(2025, 1, 6), 8, (tl, i) -> 10 + tl.day(i) / 7);
        double[] v = new WeeksAverage(6).volume(w);
        Timeline tl = w.timeline();
        for (int t = 0; t < v.length; t++) {
            int i = w.end() + t;
            if (open(tl.dayOfWeek(i), tl.slot(i))) {
                assertEquals(14.5, v[t], 1e-12);
            }
        }
        // and the weighted AHT of the same slot is the slot's AHT
        double[] a = new WeeksAverage(6).aht(w);
        int i = tl.positionOf(tl.day(w.end()), 40);
        assertEquals(240, a[i - w.end()], 1e-9);
    }

    @Test
    void holtWintersFollowsALinearTrendInDailyTotals() {
        // totals 1000 + 10 d on weekdays, weekends missing: the damped trend forecast keeps rising
        double[] y = new double[70];
        for (int d = 0; d < y.length; d++) {
            y[d] = d % 7 < 5 ? 1000 + 10 * d : Double.NaN;
        }
        double[] f = TopDownHoltWinters.holtWinters(y, 0, 7);
        assertTrue(f[0] > y[67] - 60 && f[0] < 1000 + 10 * 70 + 60, Arrays.toString(f));
        assertTrue(f[4] > f[0], Arrays.toString(f));
    }

    @Test
    void specialDayFactorScalesAModelWithoutDummies() {
        LocalDate start = LocalDate.of(2025, 1, 6);
        Timeline tl = new Timeline(BERLIN, new Horizon(start, 8 * 7 + 7));
        boolean[] special = new boolean[tl.dayCount()];
        special[23] = true; // a Wednesday with a quarter of the usual volume
        special[58] = true; // a Tuesday in the target week
        double[] y = new double[tl.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = open(tl.dayOfWeek(i), tl.slot(i)) ? pattern(tl.dayOfWeek(i), tl.slot(i))
                    * (special[tl.day(i)] ? 0.25 : 1) : Double.NaN;
        }
        double[] aht = new double[y.length];
        Arrays.fill(aht, Double.NaN);
        SeriesWindow w = new SeriesWindow(tl, y, aht, tl.dayFirst(56), tl.size(), special);
        assertEquals(0.25, SpecialDayEffect.factor(w), 1e-12);
        PointForecast f = PointForecast.of(new SeasonalNaive(), w);
        int i = tl.positionOf(58, 40);
        assertEquals(0.25 * pattern(tl.dayOfWeek(i), 40), f.volume()[i - w.end()], 1e-9);
        int j = tl.positionOf(57, 40);
        assertEquals(pattern(tl.dayOfWeek(j), 40), f.volume()[j - w.end()], 1e-9);
    }

    @Test
    void everyModelIsListedByName() {
        List<String> names = Models.names();
        assertEquals(List.of("seasonal-naive", "average-6w", "top-down", "regression", "double-seasonal"), names);
        for (String n : names) {
            assertEquals(n, Models.byName(n.toUpperCase()).name());
        }
    }

    @Test
    void ahtRegressionRecoversALinearAhtTrend() {
        LocalDate start = LocalDate.of(2025, 1, 6);
        Timeline tl = new Timeline(BERLIN, new Horizon(start, 6 * 7 + 7));
        double[] y = new double[tl.size()];
        double[] aht = new double[tl.size()];
        for (int i = 0; i < y.length; i++) {
            boolean o = open(tl.dayOfWeek(i), tl.slot(i));
            y[i] = o ? pattern(tl.dayOfWeek(i), tl.slot(i)) : Double.NaN;
            aht[i] = o ? 180 + 2 * tl.slot(i) + 0.5 * tl.day(i) : Double.NaN;
        }
        SeriesWindow w = new SeriesWindow(tl, y, aht, tl.dayFirst(42), tl.size(), new boolean[tl.dayCount()]);
        double[] a = new SeasonalRegression().aht(w);
        for (int t = 0; t < a.length; t++) {
            int i = w.end() + t;
            if (open(tl.dayOfWeek(i), tl.slot(i))) {
                assertEquals(180 + 2 * tl.slot(i) + 0.5 * tl.day(i), a[t], 1e-9);
            }
        }
    }

    @Test
    void topDownAhtIsWeeklyLevelTimesSlotProfile() {
        // AHT = 200 + slot every week: the level is the weekly volume-weighted mean, the profile each slot's ratio to it
        SeriesWindow w = window(LocalDate.of(2025, 1, 6), 6, (tl, i) -> pattern(tl.dayOfWeek(i), tl.slot(i)));
        double[] a = new TopDownHoltWinters().aht(w);
        Timeline tl = w.timeline();
        for (int t = 0; t < a.length; t++) {
            int i = w.end() + t;
            if (open(tl.dayOfWeek(i), tl.slot(i))) {
                assertEquals(200 + tl.slot(i), a[t], 1e-9, "at " + tl.start(i));
            }
        }
    }
}
