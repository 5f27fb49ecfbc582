package org.staffcast.forecasting.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.math3.special.Gamma;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.ContactRecord;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Timeline;

/**
 * Generates realistic, reproducible contact history for demos, tests and benchmarks.
 *
 * <p>Queue {@code q} cycles through three profiles: voice (open Mon–Fri 08:00–20:00 and Sat 09:00–14:00; closed
 * intervals have no rows), chat (open every day 07:00–22:00) and email (arrivals around the clock, every
 * interval has a row). Expected offered volume in an interval is
 * {@code base * weekday(dow) * intraday(t) * (1 + growth * years) * dayLevel * holiday}, where the intraday
 * shape is a double peak (two Gaussian bumps around 10:30 and 14:30 on a floor, by wall-clock time, so DST
 * days follow the clock), {@code dayLevel} is a day-to-day lognormal factor (sd 6%), and public holidays carry
 * 25% of the volume (voice is closed). Offered counts are Poisson draws (PTRS, Hörmann 1993); abandoned are
 * binomial with a rate that rises with load; AHT depends on the time of day (longer early and late) with noise
 * shrinking with the number handled. Everything comes from one {@link SplittableRandom} seeded by the spec.
 */
public final class HistoryGenerator {

    private static final String[] PROFILES = {"voice", "chat", "email"};
    private static final double[] WEEKDAY = {1.18, 1.06, 1.0, 0.98, 0.93, 0.55, 0.35};

    private HistoryGenerator() {
    }

    /** Queue name of queue {@code q} (0-based): {@code voice-1}, {@code chat-1}, {@code email-1}, {@code voice-2}, ... */
    public static String queueName(int q) {
        return PROFILES[q % 3] + "-" + (q / 3 + 1);
    }

    /** The public holidays placed in the generated range: fixed-date ones plus Easter Monday. */
    public static SpecialDays holidays(HistorySpec spec) {
        Map<LocalDate, String> out = new TreeMap<>();
        Map<MonthDay, String> fixed = Map.of(MonthDay.of(1, 1), "New Year's Day", MonthDay.of(5, 1), "Labour Day",
                MonthDay.of(10, 3), "Unity Day", MonthDay.of(12, 25), "Christmas Day", MonthDay.of(12, 26),
                "Boxing Day");
        for (LocalDate d = spec.start(); d.isBefore(spec.endExclusive().plusDays(366)); d = d.plusDays(1)) {
            String name = fixed.get(MonthDay.from(d));
            if (name != null) {
                out.put(d, name);
            }
        }
        for (int y = spec.start().getYear(); y <= spec.endExclusive().getYear() + 1; y++) {
            out.put(easterSunday(y).plusDays(1), "Easter Monday");
        }
        return new SpecialDays(out);
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** Generates the history of {@code spec}. */
    public static ContactHistory generate(HistorySpec spec) {
        IntervalGrid grid = spec.grid();
        Timeline tl = new Timeline(grid, new Horizon(spec.start(), spec.weeks() * 7));
        SpecialDays holidays = holidays(spec);
        SplittableRandom root = new SplittableRandom(spec.seed());
        List<ContactRecord> out = new ArrayList<>();
        double minutes = grid.minutes();
        for (int q = 0; q < spec.queues(); q++) {
            SplittableRandom rnd = root.split();
            String profile = PROFILES[q % 3];
            String name = queueName(q);
            double dailyBase = switch (profile) {
                case "voice" -> 1800 + rnd.nextDouble() * 2400;
                case "chat" -> 600 + rnd.nextDouble() * 900;
                default -> 250 + rnd.nextDouble() * 300;
            };
            double growthPerYear = -0.05 + rnd.nextDouble() * 0.25;
            double baseAht = switch (profile) {
                case "voice" -> 240 + rnd.nextDouble() * 120;
                case "chat" -> 480 + rnd.nextDouble() * 240;
                default -> 600 + rnd.nextDouble() * 300;
            };
            double peak1 = 10.0 + rnd.nextDouble();
            double peak2 = 14.0 + rnd.nextDouble();
            double[] shape = intradayShape(profile, peak1, peak2, grid.slotsPerDay(), minutes);
            double dayLevel = 1;
            int currentDay = -1;
            for (int i = 0; i < tl.size(); i++) {
                int d = tl.day(i);
                LocalDate date = tl.date(i);
                if (d != currentDay) {
                    currentDay = d;
                    dayLevel = Math.exp(0.06 * gaussian(rnd));
                }
                int dow = tl.dayOfWeek(i);
                boolean holiday = holidays.contains(date);
                int slot = tl.slot(i);
                double hour = slot * minutes / 60.0;
                if (!isOpen(profile, dow, hour, holiday)) {
                    continue;
                }
                double years = ChronoUnit.DAYS.between(spec.start(), date) / 365.25;
                double lambda = dailyBase * WEEKDAY[dow] * shape[slot] * (1 + growthPerYear * years) * dayLevel
                        * (holiday ? 0.25 : 1.0);
                double offered = poisson(rnd, Math.max(lambda, 0));
                double load = shape[slot] * grid.slotsPerDay();
                double abandonRate = profile.equals("email") ? 0 : 0.02 + 0.04 * Math.min(1.5, load) / 1.5;
                double abandoned = binomial(rnd, (int) offered, abandonRate);
                double handled = offered - abandoned;
                double aht = Double.NaN;
                if (handled > 0) {
                    double tod = 1 + 0.18 * Math.cos((hour - 13) / 12 * Math.PI) * -1;
                    aht = baseAht * tod * Math.exp(0.25 / Math.sqrt(handled) * gaussian(rnd));
                    aht = Math.round(aht * 10) / 10.0;
                }
                out.add(new ContactRecord(name, tl.start(i), offered, handled, abandoned, aht));
            }
        }
        return new ContactHistory(grid, out);
    }

    private static boolean isOpen(String profile, int dow, double hour, boolean holiday) {
        return switch (profile) {
            case "voice" -> !holiday && (dow <= 4 ? hour >= 8 && hour < 20 : dow == 5 && hour >= 9 && hour < 14);
            case "chat" -> hour >= 7 && hour < 22;
            default -> true;
        };
    }

    /** Share of a day's volume per wall-clock slot (sums to 1 over the open hours of a weekday). */
    private static double[] intradayShape(String profile, double peak1, double peak2, int slots, double minutes) {
        double[] s = new double[slots];
        double sum = 0;
        for (int k = 0; k < slots; k++) {
            double h = (k + 0.5) * minutes / 60.0;
            double v = 0.9 * Math.exp(-0.5 * Math.pow((h - peak1) / 1.4, 2))
                    + 0.75 * Math.exp(-0.5 * Math.pow((h - peak2) / 1.8, 2))
                    + 0.12 * Math.exp(-0.5 * Math.pow((h - 13) / 5.0, 2));
            if (profile.equals("email")) {
                v += 0.03;
            }
            s[k] = v;
            sum += v;
        }
        for (int k = 0; k < slots; k++) {
            s[k] /= sum;
        }
        return s;
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double binomial(SplittableRandom r, int n, double p) {
        if (n == 0 || p <= 0) {
            return 0;
        }
        if (n < 50) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                k += r.nextDouble() < p ? 1 : 0;
            }
            return k;
        }
        return Math.min(n, poisson(r, n * p));
    }

    /** A Poisson draw: multiplication method below 30, else transformed rejection with squeeze (PTRS). */
    static double poisson(SplittableRandom r, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 30) {
            double l = Math.exp(-lambda);
            int k = 0;
            double p = r.nextDouble();
            while (p > l) {
                k++;
                p *= r.nextDouble();
            }
            return k;
        }
        double slam = Math.sqrt(lambda);
        double loglam = Math.log(lambda);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = r.nextDouble() - 0.5;
            double v = r.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -lambda + k * loglam - Gamma.logGamma(k + 1)) {
                return k;
            }
        }
    }

    static boolean isWeekend(DayOfWeek d) {
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
