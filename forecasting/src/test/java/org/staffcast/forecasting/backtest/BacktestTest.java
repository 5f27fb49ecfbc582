package org.staffcast.forecasting.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.ContactRecord;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.model.ForecastModel;
import org.staffcast.forecasting.model.SeasonalNaive;
import org.staffcast.forecasting.model.SeriesWindow;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Timeline;

class BacktestTest {

    /** Forecasts a constant everywhere. */
    record Constant(String name, int complexity, double value) implements ForecastModel {
        @Override
        public double[] volume(SeriesWindow w) {
            double[] v = new double[w.targetSize()];
            Arrays.fill(v, value);
            return v;
        }
    }

    /** Hourly UTC history, every interval of week k has the value 10 + 2k. */
    static ContactHistory steps(int weeks) {
        IntervalGrid grid = new IntervalGrid(ZoneOffset.UTC, 60);
        Timeline tl = new Timeline(grid, new Horizon(LocalDate.of(2025, 6, 2), weeks * 7));
        List<ContactRecord> rs = new ArrayList<>();
        for (int i = 0; i < tl.size(); i++) {
            rs.add(ContactRecord.offeredOnly("q", tl.start(i), 10 + 2 * (tl.day(i) / 7)));
        }
        return new ContactHistory(grid, rs);
    }

    @Test
    void wapeMaseAndBiasMatchHandCalculation() {
        // one fold: train on weeks 0..3 (values 10,12,14,16), forecast week 4 (actual 18)
        BacktestResult r = new Backtest(List.of(new SeasonalNaive(), new Constant("ten", 1, 10)), 7, 1, false, false)
                .run(steps(5), SpecialDays.NONE, q -> { });
        ModelScore naive = r.scores().get("q").get(SeasonalNaive.NAME);
        // naive forecasts 16: |error| 2 per interval; in-sample naive MAE is 2
        assertEquals(2.0 / 18, naive.interval().wape(), 1e-12);
        assertEquals(-2.0 / 18, naive.interval().bias(), 1e-12);
        assertEquals(1.0, naive.interval().mase(), 1e-12);
        assertEquals(7 * 24, naive.interval().points());
        ModelScore ten = r.scores().get("q").get("ten");
        assertEquals(8.0 / 18, ten.interval().wape(), 1e-12);
        assertEquals(-8.0 / 18, ten.interval().bias(), 1e-12);
        assertEquals(4.0, ten.interval().mase(), 1e-12);
        // daily totals: 24*18 actual vs 24*10; daily naive scale 24*2
        assertEquals(8.0 / 18, ten.daily().wape(), 1e-12);
        assertEquals(4.0, ten.daily().mase(), 1e-12);
        assertEquals(7, ten.daily().points());
        assertEquals(SeasonalNaive.NAME, r.chosen().get("q"));
    }

    @Test
    void foldsRollByTheHorizonAndEndWithTheHistory() {
        // two folds of 7 days on 5 weeks: weeks 3 and 4 are forecast; naive is off by 2 in each
        BacktestResult r = new Backtest(List.of(new SeasonalNaive()), 7, 2, false, false)
                .run(steps(5), SpecialDays.NONE, q -> { });
        assertEquals(2, r.foldsRun().get("q"));
        assertEquals((2.0 * 168 + 2.0 * 168) / (16.0 * 168 + 18.0 * 168),
                r.scores().get("q").get(SeasonalNaive.NAME).interval().wape(), 1e-12);
        // a third fold would leave 14 days of training: still allowed; a fourth would leave 7: dropped
        BacktestResult four = new Backtest(List.of(new SeasonalNaive()), 7, 4, false, false)
                .run(steps(5), SpecialDays.NONE, q -> { });
        assertEquals(3, four.foldsRun().get("q"));
    }

    @Test
    void tiesGoToTheSimplerModel() {
        Map<String, ModelScore> s = new LinkedHashMap<>();
        s.put("simple", score("simple", 0.100));
        s.put("complex", score("complex", 0.099));
        assertEquals("simple", Backtest.choose(s, List.of("simple", "complex")), "1% better is a tie");
        s.put("complex", score("complex", 0.097));
        assertEquals("complex", Backtest.choose(s, List.of("simple", "complex")), "3% better wins");
    }

    @Test
    void nestedAutoUsesThePickOfEarlierFolds() {
        // the level jumps by 2 every week: the 'previous week' naive always misses by 2, a constant 100 misses a lot
        BacktestResult r = new Backtest(List.of(new SeasonalNaive(), new Constant("hundred", 1, 100)), 7, 2, true,
                true).run(steps(9), SpecialDays.NONE, q -> { });
        ModelScore auto = r.scores().get("q").get(Backtest.AUTO);
        ModelScore naive = r.scores().get("q").get(SeasonalNaive.NAME);
        assertEquals(naive.interval().wape(), auto.interval().wape(), 1e-12);
        assertTrue(auto.label().startsWith("auto: seasonal-naive, seasonal-naive"), auto.label());
        assertTrue(r.models().contains(Backtest.COMBINATION));
    }

    static ModelScore score(String m, double wape) {
        Accuracy a = new Accuracy(wape, 1, 0, 10);
        return new ModelScore("q", m, m, a, a, Double.NaN, Double.NaN);
    }
}
