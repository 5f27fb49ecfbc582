package org.staffcast.api.forecast;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.staffcast.api.common.Etags;
import org.staffcast.api.error.Problem.FieldError;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.forecast.ForecastDtos.AdjustmentKind;
import org.staffcast.api.forecast.ForecastDtos.AdjustmentRequest;
import org.staffcast.api.forecast.ForecastDtos.AdjustmentResponse;
import org.staffcast.api.master.SiteService;
import org.staffcast.data.model.ForecastAdjustment;
import org.staffcast.data.model.ForecastRun;
import org.staffcast.data.model.Site;
import org.staffcast.data.repo.ContactQueueRepository;
import org.staffcast.data.repo.ForecastAdjustmentRepository;
import org.staffcast.forecasting.time.IntervalGrid;

/**
 * Managers' forecast adjustments. Each records its author (the API token's name), reason and creation time; a
 * delete only marks it deleted (who, when), so the audit trail of every forecast stays complete.
 */
@Singleton
public class AdjustmentService {

    private final SiteService sites;
    private final ForecastService forecasts;
    private final ContactQueueRepository queues;
    private final ForecastAdjustmentRepository repo;

    public AdjustmentService(SiteService sites, ForecastService forecasts, ContactQueueRepository queues,
                             ForecastAdjustmentRepository repo) {
        this.sites = sites;
        this.forecasts = forecasts;
        this.queues = queues;
        this.repo = repo;
    }

    @ReadOnly
    public List<AdjustmentResponse> list(long siteId, long runId) {
        ZoneId zone = ZoneId.of(sites.require(siteId).timeZone());
        forecasts.require(siteId, runId);
        return repo.findByRunIdOrderById(runId).stream().map(a -> response(a, zone)).toList();
    }

    @ReadOnly
    public AdjustmentResponse get(long siteId, long runId, long id) {
        ZoneId zone = ZoneId.of(sites.require(siteId).timeZone());
        forecasts.require(siteId, runId);
        return response(require(runId, id), zone);
    }

    @Transactional
    public AdjustmentResponse create(long siteId, long runId, AdjustmentRequest r, String author) {
        Site site = sites.require(siteId);
        ForecastRun run = forecasts.require(siteId, runId);
        if (!run.status().equals("SUCCEEDED")) {
            throw ProblemException.conflict("forecast " + runId + " is " + run.status() + "; adjust it once it has SUCCEEDED");
        }
        IntervalGrid grid = new IntervalGrid(ZoneId.of(site.timeZone()), site.intervalMinutes());
        List<FieldError> errors = new ArrayList<>();
        if (queues.findByIdAndSiteId(r.queueId(), siteId).isEmpty()) {
            errors.add(new FieldError("queueId", "queue " + r.queueId() + " does not exist in site " + siteId));
        }
        Instant start = r.start().toInstant();
        Instant end = r.end().toInstant();
        if (!end.isAfter(start)) {
            errors.add(new FieldError("end", "must be after start"));
        }
        if (run.forecastFrom() != null && (end.getEpochSecond() <= run.forecastFrom()
                || start.getEpochSecond() >= run.forecastTo())) {
            errors.add(new FieldError("start", "the range does not overlap the forecast ("
                    + ForecastService.at(run.forecastFrom(), grid.zone()) + " .. "
                    + ForecastService.at(run.forecastTo(), grid.zone()) + ")"));
        } else {
            if (!onGrid(grid, start)) {
                errors.add(new FieldError("start", "must be the start of a " + site.intervalMinutes() + "-minute interval"));
            }
            if (!onGrid(grid, end)) {
                errors.add(new FieldError("end", "must be the start of a " + site.intervalMinutes() + "-minute interval"));
            }
        }
        double amount = r.amount();
        if (!Double.isFinite(amount)
                || (r.kind() == AdjustmentKind.PERCENT && (amount < -100 || amount > 1000))
                || (r.kind() == AdjustmentKind.ABSOLUTE && Math.abs(amount) > 100_000)) {
            errors.add(new FieldError("amount", r.kind() == AdjustmentKind.PERCENT
                    ? "a percent adjustment must be between -100 and 1000"
                    : "an absolute adjustment must be between -100000 and 100000 contacts per interval"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ForecastAdjustment saved = repo.save(new ForecastAdjustment(null, runId, r.queueId(), start.getEpochSecond(),
                end.getEpochSecond(), r.kind().name(), amount, author, r.reason().strip(),
                Instant.now().getEpochSecond(), null, null, 0L));
        return response(saved, grid.zone());
    }

    /** Marks the adjustment deleted by {@code user}; it stays listed with {@code active=false}. */
    @Transactional
    public void delete(long siteId, long runId, long id, String ifMatch, String user) {
        forecasts.require(siteId, runId);
        ForecastAdjustment a = require(runId, id);
        long expected = Etags.expected(ifMatch, a.version());
        if (a.deletedAt() != null) {
            throw ProblemException.conflict("adjustment " + id + " was already deleted by " + a.deletedBy());
        }
        repo.update(new ForecastAdjustment(a.id(), a.runId(), a.queueId(), a.startAt(), a.endAt(), a.kind(), a.amount(),
                a.author(), a.reason(), a.createdAt(), Instant.now().getEpochSecond(), user, expected));
    }

    private ForecastAdjustment require(long runId, long id) {
        return repo.findByIdAndRunId(id, runId).orElseThrow(() -> ProblemException.notFound("adjustment", id));
    }

    private static boolean onGrid(IntervalGrid grid, Instant t) {
        try {
            return grid.isIntervalStart(t);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static AdjustmentResponse response(ForecastAdjustment a, ZoneId zone) {
        return new AdjustmentResponse(a.id(), a.runId(), a.queueId(), ForecastService.at(a.startAt(), zone),
                ForecastService.at(a.endAt(), zone), AdjustmentKind.valueOf(a.kind()), a.amount(), a.author(),
                a.reason(), ForecastService.at(a.createdAt(), zone), a.deletedAt() == null,
                ForecastService.at(a.deletedAt(), zone), a.deletedBy(), a.version());
    }
}
