package org.staffcast.api.history;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.staffcast.api.common.Csv;
import org.staffcast.api.error.Problem.FieldError;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.history.HistoryDtos.Gap;
import org.staffcast.api.history.HistoryDtos.HistorySummary;
import org.staffcast.api.history.HistoryDtos.ImportResult;
import org.staffcast.api.history.HistoryDtos.QueueSpan;
import org.staffcast.api.master.SiteService;
import org.staffcast.data.model.ContactQueue;
import org.staffcast.data.model.Site;
import org.staffcast.data.repo.ContactQueueRepository;
import org.staffcast.data.store.HistoryStore;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.ContactRecord;
import org.staffcast.forecasting.history.HistoryCsvReader;
import org.staffcast.forecasting.history.HistoryFormatException;
import org.staffcast.forecasting.history.HistoryGap;
import org.staffcast.forecasting.time.IntervalGrid;

/**
 * Contact history import and read-back. An upload is parsed completely by the forecasting module's
 * {@link HistoryCsvReader} on the site's grid (zone and interval length) before anything is written, then written
 * in one transaction: a bad line, an unknown queue or a database failure leaves the stored history unchanged.
 */
@Singleton
public class HistoryService {

    /** Gaps listed in an import answer (all are counted). */
    static final int GAPS_LISTED = 100;

    private final SiteService sites;
    private final ContactQueueRepository queues;
    private final HistoryStore store;
    private final long maxRows;

    public HistoryService(SiteService sites, ContactQueueRepository queues, HistoryStore store,
                          @Value("${staffcast.history.max-rows:1000000}") long maxRows) {
        this.sites = sites;
        this.queues = queues;
        this.store = store;
        this.maxRows = maxRows;
    }

    /**
     * Parses the CSV (UTF-8) and, per queue in it, replaces the stored history from the queue's first to its last
     * uploaded interval; all or nothing.
     */
    @Transactional
    public ImportResult importCsv(long siteId, InputStream body) {
        Site site = sites.require(siteId);
        ZoneId zone = ZoneId.of(site.timeZone());
        ContactHistory history = parse(body, zone, site.intervalMinutes());
        Map<String, ContactQueue> byName = queues.findBySiteIdOrderById(siteId).stream()
                .collect(Collectors.toMap(ContactQueue::name, Function.identity()));
        TreeSet<String> unknown = new TreeSet<>(history.queues());
        unknown.removeAll(byName.keySet());
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("queue", "unknown queues " + unknown + ": create them under /api/v1/sites/"
                    + siteId + "/queues first (known: " + new TreeSet<>(byName.keySet()) + ")");
        }
        List<HistoryStore.Row> rows = new ArrayList<>(history.size());
        for (String q : history.queues()) {
            long queueId = byName.get(q).id();
            for (ContactRecord r : history.records(q)) {
                rows.add(new HistoryStore.Row(queueId, r.intervalStart().getEpochSecond(), r.offered(),
                        r.hasHandled() ? r.handled() : null, r.hasAbandoned() ? r.abandoned() : null,
                        r.hasAht() ? r.ahtSeconds() : null));
            }
        }
        long written = store.replace(siteId, rows);
        List<HistoryGap> gaps = history.gaps();
        List<Gap> listed = gaps.stream().limit(GAPS_LISTED)
                .map(g -> new Gap(g.queue(), at(g.from(), zone), at(g.to(), zone), g.intervals())).toList();
        return new ImportResult(written, site.intervalMinutes(), site.timeZone(), gaps.size(), listed,
                spans(siteId, zone));
    }

    @ReadOnly
    public HistorySummary summary(long siteId) {
        Site site = sites.require(siteId);
        List<QueueSpan> spans = spans(siteId, ZoneId.of(site.timeZone()));
        return new HistorySummary(spans.stream().mapToLong(QueueSpan::rows).sum(), spans);
    }

    /**
     * One queue's stored intervals with {@code from <= start < to} (either may be null: unbounded), in time order;
     * served by the primary key (site, queue, interval_start).
     */
    @ReadOnly
    public List<HistoryDtos.HistoryRow> rows(long siteId, long queueId, OffsetDateTime from, OffsetDateTime to) {
        Site site = sites.require(siteId);
        ContactQueue q = queues.findByIdAndSiteId(queueId, siteId)
                .orElseThrow(() -> ProblemException.notFound("queue", queueId));
        ZoneId zone = ZoneId.of(site.timeZone());
        long f = from == null ? Long.MIN_VALUE : from.toEpochSecond();
        long t = to == null ? Long.MAX_VALUE : to.toEpochSecond();
        if (t <= f) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return store.findByQueue(siteId, queueId, f, t).stream()
                .map(r -> new HistoryDtos.HistoryRow(q.name(), at(Instant.ofEpochSecond(r.intervalStart()), zone),
                        r.offered(), r.handled(), r.abandoned(), r.ahtSeconds()))
                .toList();
    }

    /** The import format, so an export can be uploaded again. */
    public static String csv(List<HistoryDtos.HistoryRow> rows) {
        StringBuilder sb = new StringBuilder(48 * (rows.size() + 1));
        sb.append("queue,interval_start,offered,handled,abandoned,aht_seconds\n");
        for (HistoryDtos.HistoryRow r : rows) {
            sb.append(Csv.field(r.queue())).append(',').append(Csv.time(r.intervalStart())).append(',')
                    .append(Csv.number(r.offered())).append(',').append(num(r.handled())).append(',')
                    .append(num(r.abandoned())).append(',').append(num(r.ahtSeconds())).append('\n');
        }
        return sb.toString();
    }

    private static String num(Double d) {
        return d == null ? "" : Csv.number(d);
    }

    /** The site's stored history as the forecasting module's type, or empty when there is none. */
    @ReadOnly
    public java.util.Optional<ContactHistory> load(Site site) {
        Map<Long, String> names = queues.findBySiteIdOrderById(site.id()).stream()
                .collect(Collectors.toMap(ContactQueue::id, ContactQueue::name));
        List<ContactRecord> records = new ArrayList<>();
        store.forEach(site.id(), Long.MIN_VALUE, Long.MAX_VALUE, r -> records.add(new ContactRecord(
                names.get(r.queueId()), Instant.ofEpochSecond(r.intervalStart()), r.offered(),
                r.handled() == null ? Double.NaN : r.handled(), r.abandoned() == null ? Double.NaN : r.abandoned(),
                r.ahtSeconds() == null ? Double.NaN : r.ahtSeconds())));
        if (records.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ContactHistory(new IntervalGrid(ZoneId.of(site.timeZone()),
                site.intervalMinutes()), records));
    }

    private List<QueueSpan> spans(long siteId, ZoneId zone) {
        Map<Long, String> names = queues.findBySiteIdOrderById(siteId).stream()
                .collect(Collectors.toMap(ContactQueue::id, ContactQueue::name));
        return store.spans(siteId).stream()
                .map(s -> new QueueSpan(s.queueId(), names.get(s.queueId()), s.rows(),
                        at(Instant.ofEpochSecond(s.firstIntervalStart()), zone),
                        at(Instant.ofEpochSecond(s.lastIntervalStart()), zone)))
                .toList();
    }

    private ContactHistory parse(InputStream body, ZoneId zone, int intervalMinutes) {
        Reader reader = new InputStreamReader(new RowLimitInputStream(body, maxRows + 1),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return new HistoryCsvReader("upload", zone, intervalMinutes).read(reader);
        } catch (RowLimitInputStream.LimitExceeded e) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "the upload has more than " + maxRows + " rows; split it into several uploads");
        } catch (HistoryFormatException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, e.getMessage(),
                    List.of(new FieldError("line " + e.line(), e.getMessage())));
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "is not UTF-8 text");
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", e.getMessage());
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RowLimitInputStream.LimitExceeded) {
                    throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                            "the upload has more than " + maxRows + " rows; split it into several uploads");
                }
                if (t instanceof ContentLengthExceededException c) {
                    throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, c.getMessage());
                }
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw ProblemException.invalid("body", "the upload could not be read: " + e.getMessage());
        }
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
