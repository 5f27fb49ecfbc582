package org.staffcast.api.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.staffcast.forecasting.ForecastReport;
import org.staffcast.forecasting.Forecaster;
import org.staffcast.forecasting.generate.HistoryGenerator;
import org.staffcast.forecasting.generate.HistorySpec;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.model.Forecast;
import org.staffcast.forecasting.model.ForecastRow;
import org.staffcast.forecasting.staffing.Channel;
import org.staffcast.forecasting.staffing.IntervalDemand;
import org.staffcast.forecasting.staffing.QueueConfig;
import org.staffcast.forecasting.staffing.ServiceTarget;
import org.staffcast.forecasting.staffing.StaffingCalculator;
import org.staffcast.forecasting.staffing.StaffingRequirement;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.solver.generate.SiteGenerator;
import org.staffcast.solver.model.Problem;

/**
 * Requirements for a generated site through the real pipeline: generated contact history
 * ({@link HistoryGenerator}, {@value #HISTORY_WEEKS} weeks ending at the horizon start) → forecast
 * ({@link Forecaster}, model {@value #MODEL}) → staffing ({@link StaffingCalculator}: voice 80/20 s, chat 80/60 s
 * with concurrency 2, email first response within 4 h). The history generator's volume does not depend on the
 * site size, so the forecast volume is scaled (bisection on one factor) until the requirement uses about 90% of
 * the generated agents' worked capacity.
 */
final class RequirementPipeline {

    static final int HISTORY_WEEKS = 8;
    static final String MODEL = "auto";

    private RequirementPipeline() {
    }

    static SiteGenerator.RequirementSource source(long seed) {
        return (queues, grid, horizon, capacity, rnd) -> requirements(queues, grid, horizon, capacity, seed);
    }

    static String description() {
        return "requirements: generated history -> forecast (" + MODEL + ") -> staffing";
    }

    /** What the pipeline made on the way: history, forecast report, queue configurations and requirements. */
    record Run(ContactHistory history, SpecialDays holidays, ForecastReport forecast, List<QueueConfig> queues,
               List<List<IntervalDemand>> demand, List<Problem.RequirementSpec> requirements) {
    }

    static List<Problem.RequirementSpec> requirements(List<SiteGenerator.QueueProfile> queues, IntervalGrid grid,
                                                      Horizon horizon, double capacity, long seed) {
        return run(queues, grid, horizon, capacity, seed, HISTORY_WEEKS).requirements();
    }

    static Run run(List<SiteGenerator.QueueProfile> queues, IntervalGrid grid, Horizon horizon, double capacity,
                   long seed, int historyWeeks) {
        HistorySpec spec = new HistorySpec(queues.size(), historyWeeks, grid.minutes(), grid.zone(), seed,
                horizon.start());
        ContactHistory history = HistoryGenerator.generate(spec);
        SpecialDays holidays = HistoryGenerator.holidays(spec);
        ForecastReport report = Forecaster.run(history, horizon.days(), MODEL, holidays, Forecaster.DEFAULT_FOLDS, step -> { });
        Forecast forecast = report.forecast();
        List<QueueConfig> configs = new ArrayList<>();
        List<List<ForecastRow>> rows = new ArrayList<>();
        for (int q = 0; q < queues.size(); q++) {
            String historyName = HistoryGenerator.queueName(q);
            SiteGenerator.QueueProfile p = queues.get(q);
            QueueConfig config = switch (p.channel()) {
                case "VOICE" -> QueueConfig.of(p.id(), Channel.VOICE, new ServiceTarget.ServiceLevel(0.8, 20));
                case "CHAT" -> QueueConfig.of(p.id(), Channel.CHAT, new ServiceTarget.ServiceLevel(0.8, 60))
                        .withConcurrency(2);
                default -> QueueConfig.of(p.id(), Channel.EMAIL, new ServiceTarget.ResponseTime(4));
            };
            configs.add(config);
            rows.add(forecast.rows(historyName).stream()
                    .filter(r -> horizon.contains(r.intervalStart().atZone(grid.zone()).toLocalDate())).toList());
        }
        double lo = 0;
        double hi = 1;
        while (agentIntervals(configs, rows, hi, grid) < 0.9 * capacity && hi < 1e6) {
            hi *= 2;
        }
        for (int it = 0; it < 25; it++) {
            double mid = (lo + hi) / 2;
            if (agentIntervals(configs, rows, mid, grid) < 0.9 * capacity) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        List<List<IntervalDemand>> demand = new ArrayList<>();
        List<Problem.RequirementSpec> out = new ArrayList<>();
        for (int q = 0; q < configs.size(); q++) {
            demand.add(demand(rows.get(q), lo, grid));
            for (StaffingRequirement r : StaffingCalculator.requirements(demand.get(q), configs.get(q))) {
                if (r.agentsRequired() > 0) {
                    out.add(new Problem.RequirementSpec(configs.get(q).name(), r.intervalStart().toString(),
                            r.agentsRequired()));
                }
            }
        }
        return new Run(history, holidays, report, configs, demand, out);
    }

    private static long agentIntervals(List<QueueConfig> configs, List<List<ForecastRow>> rows, double scale,
                                       IntervalGrid grid) {
        long sum = 0;
        for (int q = 0; q < configs.size(); q++) {
            for (StaffingRequirement r : StaffingCalculator.requirements(demand(rows.get(q), scale, grid), configs.get(q))) {
                sum += r.agentsRequired();
            }
        }
        return sum;
    }

    private static List<IntervalDemand> demand(List<ForecastRow> rows, double scale, IntervalGrid grid) {
        Duration length = grid.length();
        List<IntervalDemand> out = new ArrayList<>(rows.size());
        for (ForecastRow r : rows) {
            double volume = r.volume() * scale;
            double aht = r.hasAht() && r.ahtSeconds() > 0 ? r.ahtSeconds() : 300;
            out.add(new IntervalDemand(r.intervalStart(), length, volume, aht));
        }
        return out;
    }
}
