package org.staffcast.forecasting.time;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Infers a site's time zone from timestamps written with their local offsets (CSV files). */
public final class Zones {

    /** Zones tried first (any matching zone gives the same grid over the data; these are the familiar names). */
    private static final List<String> PREFERRED = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Helsinki",
            "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo", "America/Halifax", "America/Anchorage",
            "Pacific/Honolulu", "Europe/Lisbon", "Australia/Adelaide");

    private Zones() {
    }

    /**
     * The zone of timestamps with offsets: none → UTC; one distinct offset → that fixed offset; several (a DST
     * change) → the first IANA zone, familiar ones first, whose offset equals each timestamp's at the instants
     * around every change of offset (and at the first and last); empty when no zone fits.
     */
    public static Optional<ZoneId> fromOffsets(List<OffsetDateTime> times) {
        Set<ZoneOffset> offsets = new LinkedHashSet<>();
        for (OffsetDateTime t : times) {
            offsets.add(t.getOffset());
        }
        if (offsets.isEmpty()) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (offsets.size() == 1) {
            return Optional.of(offsets.iterator().next());
        }
        List<OffsetDateTime> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.comparing(OffsetDateTime::toInstant));
        List<OffsetDateTime> probes = new ArrayList<>();
        probes.add(sorted.getFirst());
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).getOffset().equals(sorted.get(i - 1).getOffset())) {
                probes.add(sorted.get(i - 1));
                probes.add(sorted.get(i));
            }
        }
        probes.add(sorted.getLast());
        Set<String> candidates = new LinkedHashSet<>(PREFERRED);
        candidates.addAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        for (String id : candidates) {
            ZoneId z = ZoneId.of(id);
            boolean ok = true;
            for (OffsetDateTime p : probes) {
                if (!z.getRules().getOffset(p.toInstant()).equals(p.getOffset())) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }
}
