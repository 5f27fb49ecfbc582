package org.staffcast.forecasting.staffing;

/**
 * The service target of a queue. Immediate channels (voice, chat) use {@link ServiceLevel} or
 * {@link AverageSpeedOfAnswer}; deferred channels (email, back office) use {@link ResponseTime}.
 */
public sealed interface ServiceTarget
        permits ServiceTarget.ServiceLevel, ServiceTarget.AverageSpeedOfAnswer, ServiceTarget.ResponseTime {

    /**
     * The wait that counts as "in time" when the service level is reported: T of a service-level target, the ASA
     * seconds of an ASA target, the response time of a deferred-work target.
     */
    double thresholdSeconds();

    /**
     * "{@code fraction} of offered contacts answered within {@code seconds}", e.g. 80/20 is
     * {@code new ServiceLevel(0.8, 20)}.
     */
    record ServiceLevel(double fraction, double seconds) implements ServiceTarget {
        public ServiceLevel {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("service level " + fraction + " is not a fraction in (0, 1)");
            }
            if (!(seconds >= 0 && seconds <= 86_400)) {
                throw new IllegalArgumentException("service level seconds " + seconds + " is not in [0, 86400]");
            }
        }

        @Override
        public double thresholdSeconds() {
            return seconds;
        }

        @Override
        public String toString() {
            return plain(Math.round(fraction * 10_000) / 100.0) + "/" + plain(seconds);
        }
    }

    /** Average speed of answer (mean wait of answered contacts) at most {@code seconds}. */
    record AverageSpeedOfAnswer(double seconds) implements ServiceTarget {
        public AverageSpeedOfAnswer {
            if (!(seconds > 0 && seconds <= 86_400)) {
                throw new IllegalArgumentException("ASA seconds " + seconds + " is not in (0, 86400]");
            }
        }

        @Override
        public double thresholdSeconds() {
            return seconds;
        }

        @Override
        public String toString() {
            return "ASA " + plain(seconds) + "s";
        }
    }

    /** Every item answered within {@code hours} of its arrival (deferred work). */
    record ResponseTime(double hours) implements ServiceTarget {
        public ResponseTime {
            if (!(hours > 0 && hours <= 24 * 31)) {
                throw new IllegalArgumentException("response time " + hours + " hours is not in (0, 744]");
            }
        }

        public double seconds() {
            return hours * 3600.0;
        }

        @Override
        public double thresholdSeconds() {
            return seconds();
        }

        @Override
        public String toString() {
            return "within " + plain(hours) + "h";
        }
    }

    /** {@code 20} for 20.0, {@code 0.5} for 0.5. */
    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
