package org.staffcast.forecasting.staffing;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The staffing parameters of one queue.
 *
 * @param name            queue name, as in the forecast ({@code queue} column)
 * @param channel         voice, chat, email or back office
 * @param target          service target; {@link ServiceTarget.ResponseTime} exactly for deferred channels
 * @param shrinkage       fraction of paid time not available for contacts (breaks, absence, training), in [0, 1):
 *                        {@code required = ceil(raw / (1 - shrinkage))}
 * @param maxOccupancy    cap on agent occupancy (busy time / available time), in (0, 1]; for deferred work the
 *                        productive fraction of an agent's available time
 * @param concurrency     contacts an agent handles at once (chat; 1 for every other channel), 1..20
 * @param patienceSeconds mean customer patience (exponential); present means Erlang A (M/M/N+M) is used,
 *                        empty means no abandonment (Erlang C); voice and chat only
 * @param priority        routing priority, larger is served first (simulation; solver weighting), 1..1000
 * @param skill           skill an agent needs to serve this queue
 */
public record QueueConfig(
        String name,
        Channel channel,
        ServiceTarget target,
        double shrinkage,
        double maxOccupancy,
        int concurrency,
        OptionalDouble patienceSeconds,
        int priority,
        String skill) {

    public QueueConfig {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("queue name is blank");
        }
        String q = "queue " + name + ": ";
        Objects.requireNonNull(channel, q + "channel");
        Objects.requireNonNull(target, q + "target");
        Objects.requireNonNull(patienceSeconds, q + "patienceSeconds");
        Objects.requireNonNull(skill, q + "skill");
        if (channel.isDeferred() != (target instanceof ServiceTarget.ResponseTime)) {
            throw new IllegalArgumentException(q + "target: " + channel
                    + (channel.isDeferred() ? " needs {\"respondWithinHours\":H}"
                            : " needs {\"serviceLevel\":X,\"seconds\":T} or {\"asaSeconds\":A}"));
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException(q + "shrinkage " + shrinkage + " is not in [0, 1)");
        }
        if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException(q + "maxOccupancy " + maxOccupancy + " is not in (0, 1]");
        }
        if (concurrency < 1 || concurrency > 20) {
            throw new IllegalArgumentException(q + "concurrency " + concurrency + " is not in 1..20");
        }
        if (concurrency != 1 && channel != Channel.CHAT) {
            throw new IllegalArgumentException(q + "concurrency " + concurrency + " is only allowed on CHAT queues");
        }
        if (patienceSeconds.isPresent()) {
            double p = patienceSeconds.getAsDouble();
            if (!(p > 0 && p <= 86_400)) {
                throw new IllegalArgumentException(q + "patienceSeconds " + p + " is not in (0, 86400]");
            }
            if (channel.isDeferred()) {
                throw new IllegalArgumentException(q + "patienceSeconds is only allowed on VOICE and CHAT queues");
            }
        }
        if (priority < 1 || priority > 1000) {
            throw new IllegalArgumentException(q + "priority " + priority + " is not in 1..1000");
        }
        if (skill.isBlank()) {
            throw new IllegalArgumentException(q + "skill is blank");
        }
    }

    /** A queue with no shrinkage, no occupancy cap, concurrency 1, no abandonment, priority 1, skill = name. */
    public static QueueConfig of(String name, Channel channel, ServiceTarget target) {
        return new QueueConfig(name, channel, target, 0.0, 1.0, 1, OptionalDouble.empty(), 1, name);
    }

    public QueueConfig withShrinkage(double value) {
        return new QueueConfig(name, channel, target, value, maxOccupancy, concurrency, patienceSeconds, priority, skill);
    }

    public QueueConfig withMaxOccupancy(double value) {
        return new QueueConfig(name, channel, target, shrinkage, value, concurrency, patienceSeconds, priority, skill);
    }

    public QueueConfig withConcurrency(int value) {
        return new QueueConfig(name, channel, target, shrinkage, maxOccupancy, value, patienceSeconds, priority, skill);
    }

    public QueueConfig withPatienceSeconds(double value) {
        return new QueueConfig(name, channel, target, shrinkage, maxOccupancy, concurrency, OptionalDouble.of(value),
                priority, skill);
    }

    public QueueConfig withPriority(int value) {
        return new QueueConfig(name, channel, target, shrinkage, maxOccupancy, concurrency, patienceSeconds, value, skill);
    }

    public QueueConfig withSkill(String value) {
        return new QueueConfig(name, channel, target, shrinkage, maxOccupancy, concurrency, patienceSeconds, priority,
                value);
    }
}
