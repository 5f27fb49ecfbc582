package org.staffcast.api.forecast;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffcast.api.common.Csv;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.forecast.ForecastDtos.AdjustmentResponse;
import org.staffcast.api.forecast.ForecastDtos.ForecastRequest;
import org.staffcast.api.forecast.ForecastDtos.ForecastValue;
import org.staffcast.api.forecast.ForecastDtos.ForecastView;
import org.staffcast.api.forecast.ForecastDtos.QueueAccuracy;
import org.staffcast.api.forecast.ForecastDtos.RunResponse;
import org.staffcast.api.history.HistoryService;
import org.staffcast.api.master.SiteService;
import org.staffcast.data.model.ContactQueue;
import org.staffcast.data.model.ForecastAdjustment;
import org.staffcast.data.model.ForecastRun;
import org.staffcast.data.model.Site;
import org.staffcast.data.repo.ContactQueueRepository;
import org.staffcast.data.repo.ForecastAdjustmentRepository;
import org.staffcast.data.repo.ForecastRunRepository;
import org.staffcast.data.store.ForecastValueStore;
import org.staffcast.forecasting.ForecastReport;
import org.staffcast.forecasting.Forecaster;
import org.staffcast.forecasting.backtest.ModelScore;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.model.ForecastRow;
import org.staffcast.forecasting.model.Models;

/**
 * Forecast runs: a run is recorded as QUEUED and answered at once (202); a worker thread loads the site's stored
 * history, calls the forecasting module's {@link Forecaster} (model choice by rolling-origin backtest) and stores the
 * values with the backtest accuracy. Runs are never overwritten: each has its own version number per site.
 */
@Singleton
public class ForecastService {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastService.class);

    private final SiteService sites;
    private final HistoryService history;
    private final ContactQueueRepository queues;
    private final ForecastRunRepository runs;
    private final ForecastAdjustmentRepository adjustments;
    private final ForecastValueStore values;
    private final TransactionOperations<Connection> tx;
    private final JsonMapper json;
    private final ExecutorService worker;

    public ForecastService(SiteService sites, HistoryService history, ContactQueueRepository queues,
                           ForecastRunRepository runs, ForecastAdjustmentRepository adjustments,
                           ForecastValueStore values, TransactionOperations<Connection> tx, JsonMapper json,
                           @Value("${staffcast.forecast.workers:1}") int workers) {
        this.sites = sites;
        this.history = history;
        this.queues = queues;
        this.runs = runs;
        this.adjustments = adjustments;
        this.values = values;
        this.tx = tx;
        this.json = json;
        this.worker = Executors.newFixedThreadPool(Math.max(1, workers), Thread.ofPlatform().daemon()
                .name("forecast-", 1).factory());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Records a QUEUED run and hands it to the worker. */
    public RunResponse start(long siteId, ForecastRequest request, String user) {
        String model = request.model() == null ? Forecaster.AUTO : request.model().strip().toLowerCase(Locale.ROOT);
        if (!model.equals(Forecaster.AUTO) && !Models.names().contains(model)) {
            throw ProblemException.invalid("model", "'" + request.model() + "' is not auto or one of " + Models.names());
        }
        int horizon = request.horizonDays() == null ? 7 : request.horizonDays();
        ForecastRun run = null;
        for (int attempt = 1; run == null; attempt++) {
            try {
                run = tx.executeWrite(status -> {
                    Site site = sites.require(siteId);
                    if (history.summary(site.id()).rows() == 0) {
                        throw ProblemException.conflict("site " + siteId + " has no contact history: POST a history "
                                + "CSV to /api/v1/sites/" + siteId + "/history first");
                    }
                    return runs.save(new ForecastRun(null, siteId, runs.maxRunNumber(siteId) + 1, "QUEUED", model,
                            horizon, user, Instant.now().getEpochSecond(), null, null, null, null, null, null, null,
                            null, 0L));
                });
            } catch (io.micronaut.data.exceptions.DataAccessException e) {
                // two runs started at once took the same version number (unique per site): take the next one
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
        long runId = run.id();
        worker.submit(() -> execute(runId));
        return response(run, ZoneId.of(sites.require(siteId).timeZone()));
    }

    /** Runs the forecast of a QUEUED run; failures are recorded on the run, never thrown. */
    void execute(long runId) {
        ForecastRun run = tx.executeWrite(s -> runs.update(withStatus(runs.findById(runId).orElseThrow(), "RUNNING")));
        try {
            Site site = sites.require(run.siteId());
            ContactHistory h = history.load(site).orElseThrow(() -> new IllegalArgumentException("no contact history"));
            ForecastReport report = Forecaster.run(h, run.horizonDays(), run.model(), SpecialDays.NONE,
                    Forecaster.DEFAULT_FOLDS, step -> { });
            Map<String, Long> ids = queues.findBySiteIdOrderById(site.id()).stream()
                    .collect(Collectors.toMap(ContactQueue::name, ContactQueue::id));
            List<ForecastValueStore.Row> rows = new ArrayList<>(report.forecast().rows().size());
            long from = Long.MAX_VALUE;
            long to = Long.MIN_VALUE;
            for (ForecastRow r : report.forecast().rows()) {
                Long queueId = ids.get(r.queue());
                if (queueId == null) {
                    continue; // queue deleted while the run was queued
                }
                long start = r.intervalStart().getEpochSecond();
                from = Math.min(from, start);
                to = Math.max(to, start + site.intervalMinutes() * 60L);
                rows.add(new ForecastValueStore.Row(queueId, start, r.volume(), r.volumeLo80(), r.volumeHi80(),
                        r.ahtSeconds(), r.model()));
            }
            List<QueueAccuracy> accuracy = new ArrayList<>();
            for (String q : report.modelByQueue().keySet()) {
                ModelScore score = report.backtest() == null ? null : report.backtest().chosenScore(q);
                accuracy.add(new QueueAccuracy(q, report.modelByQueue().get(q),
                        finite(report.backtestWape().get(q)),
                        score == null ? null : finite(score.interval().mase()),
                        score == null ? null : finite(score.interval().bias())));
            }
            Double wape = overallWape(report);
            String accuracyJson = json.writeValueAsString(accuracy);
            long historyFrom = h.timeline().start(0).getEpochSecond();
            long historyTo = h.end().getEpochSecond();
            long f = from;
            long t = to;
            tx.executeWrite(s -> {
                values.insert(runId, rows);
                ForecastRun current = runs.findById(runId).orElseThrow();
                return runs.update(new ForecastRun(runId, current.siteId(), current.runNumber(), "SUCCEEDED",
                        current.model(), current.horizonDays(), current.requestedBy(), current.requestedAt(),
                        Instant.now().getEpochSecond(), historyFrom, historyTo, f == Long.MAX_VALUE ? null : f,
                        t == Long.MIN_VALUE ? null : t, accuracyJson, wape, null, current.version()));
            });
        } catch (RuntimeException | IOException | Error e) {
            LOG.warn("forecast run {} failed", runId, e);
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            try {
                tx.executeWrite(s -> {
                    ForecastRun current = runs.findById(runId).orElseThrow();
                    return runs.update(new ForecastRun(runId, current.siteId(), current.runNumber(), "FAILED",
                            current.model(), current.horizonDays(), current.requestedBy(), current.requestedAt(),
                            Instant.now().getEpochSecond(), null, null, null, null, null, null,
                            message.length() > 2000 ? message.substring(0, 2000) : message, current.version()));
                });
            } catch (RuntimeException again) {
                LOG.error("cannot record the failure of forecast run {}", runId, again);
            }
        }
    }

    /** Volume-weighted interval WAPE over all queues: sum(WAPE_q × volume_q) / sum(volume_q). */
    private static Double overallWape(ForecastReport report) {
        double num = 0;
        double den = 0;
        for (String q : report.backtestWape().keySet()) {
            double w = report.backtestWape().get(q);
            double vol = report.forecast().totalVolume(q);
            if (Double.isFinite(w) && vol > 0) {
                num += w * vol;
                den += vol;
            }
        }
        return den > 0 ? num / den : null;
    }

    @ReadOnly
    public PageDto<RunResponse> list(long siteId, Integer page, Integer size) {
        ZoneId zone = ZoneId.of(sites.require(siteId).timeZone());
        return PageDto.of(runs.findBySiteId(siteId, Paging.of(page, size)), r -> response(r, zone));
    }

    @ReadOnly
    public ForecastRun require(long siteId, long runId) {
        sites.require(siteId);
        return runs.findByIdAndSiteId(runId, siteId).orElseThrow(() -> ProblemException.notFound("forecast", runId));
    }

    /** The run with its adjustments and adjusted values (values only once SUCCEEDED). */
    @ReadOnly
    public ForecastView view(long siteId, long runId) {
        Site site = sites.require(siteId);
        ZoneId zone = ZoneId.of(site.timeZone());
        ForecastRun run = require(siteId, runId);
        List<ForecastAdjustment> adj = adjustments.findByRunIdOrderById(runId);
        Map<Long, String> names = queues.findBySiteIdOrderById(siteId).stream()
                .collect(Collectors.toMap(ContactQueue::id, ContactQueue::name));
        List<ForecastValue> out = new ArrayList<>();
        for (ForecastValueStore.Row r : values.find(runId)) {
            Adjustments.Adjusted a = Adjustments.apply(r.queueId(), r.intervalStart(), r.volume(), r.volumeLo80(),
                    r.volumeHi80(), adj);
            out.add(new ForecastValue(r.queueId(), names.getOrDefault(r.queueId(), "#" + r.queueId()),
                    at(r.intervalStart(), zone), r.volume(), a.volume() - r.volume(), a.volume(), a.lo80(), a.hi80(),
                    Double.isNaN(r.ahtSeconds()) ? null : r.ahtSeconds(), r.model()));
        }
        return new ForecastView(response(run, zone), adj.stream().map(a -> AdjustmentService.response(a, zone)).toList(),
                out);
    }

    /** CSV: {@code queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model,base_volume,adjustment}. */
    public static String csv(ForecastView view) {
        StringBuilder sb = new StringBuilder(64 * (view.values().size() + 1));
        sb.append("queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model,base_volume,adjustment\n");
        for (ForecastValue v : view.values()) {
            sb.append(Csv.field(v.queue())).append(',').append(Csv.time(v.intervalStart())).append(',')
                    .append(Csv.number(v.volume())).append(',').append(Csv.number(v.volumeLo80())).append(',')
                    .append(Csv.number(v.volumeHi80())).append(',')
                    .append(v.ahtSeconds() == null ? "" : Csv.number(v.ahtSeconds())).append(',')
                    .append(Csv.field(v.model())).append(',').append(Csv.number(v.baseVolume())).append(',')
                    .append(Csv.number(v.adjustment())).append('\n');
        }
        return sb.toString();
    }

    RunResponse response(ForecastRun r, ZoneId zone) {
        List<QueueAccuracy> accuracy = List.of();
        if (r.accuracyJson() != null) {
            try {
                accuracy = json.readValue(r.accuracyJson(), Argument.listOf(QueueAccuracy.class));
            } catch (IOException e) {
                LOG.warn("unreadable accuracy of forecast run {}", r.id(), e);
            }
        }
        return new RunResponse(r.id(), r.siteId(), r.runNumber(), r.status(), r.model(), r.horizonDays(),
                r.requestedBy(), at(r.requestedAt(), zone), at(r.finishedAt(), zone), at(r.historyFrom(), zone),
                at(r.historyTo(), zone), at(r.forecastFrom(), zone), at(r.forecastTo(), zone), r.wape(), accuracy,
                r.errorMessage());
    }

    private static ForecastRun withStatus(ForecastRun r, String status) {
        return new ForecastRun(r.id(), r.siteId(), r.runNumber(), status, r.model(), r.horizonDays(), r.requestedBy(),
                r.requestedAt(), r.finishedAt(), r.historyFrom(), r.historyTo(), r.forecastFrom(), r.forecastTo(),
                r.accuracyJson(), r.wape(), r.errorMessage(), r.version());
    }

    private static Double finite(Double d) {
        return d == null || !Double.isFinite(d) ? null : d;
    }

    static OffsetDateTime at(Long epochSecond, ZoneId zone) {
        return epochSecond == null ? null : Instant.ofEpochSecond(epochSecond).atZone(zone).toOffsetDateTime();
    }
}
