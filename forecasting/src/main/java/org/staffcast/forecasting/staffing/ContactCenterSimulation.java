package org.staffcast.forecasting.staffing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded, reproducible discrete-event simulation of a multi-skill contact center over a run of equal intervals.
 *
 * <p>Model: per queue and interval, Poisson arrivals at rate {@code volume / L} (piecewise constant); exponential
 * handle times with the AHT of the contact's arrival interval; exponential patience with the queue's mean (none:
 * the contact waits forever). Agents come in groups with a skill set and a head count per interval. Routing:
 * <ul>
 *   <li>an arriving contact goes to an idle agent having the queue's skill, preferring the group with the fewest
 *       skills (keep generalists free), else it waits in its queue (FIFO);</li>
 *   <li>an agent that becomes free takes, among the queues it has the skill for, the waiting contact of the
 *       highest-priority queue (larger {@code priority} first), ties broken by the longest wait;</li>
 *   <li>at an interval boundary a group grows (new agents start idle and take work) or shrinks (idle agents leave
 *       at once, busy ones when their contact ends); after the last interval no contacts arrive and the last
 *       interval's staffing drains the queues.</li>
 * </ul>
 * Measures per queue per arrival interval, pooled over replications (ratios of sums): service level = answered
 * within the target seconds / offered (as in {@link ErlangA}), ASA = mean wait of answered contacts, abandon rate
 * = abandoned / offered. Replication r uses the r-th {@link SplittableRandom#split()} of {@code new
 * SplittableRandom(seed)}, so a seed gives the same figures on every machine. The simulation starts empty: add
 * leading warm-up intervals when steady-state figures are wanted.
 */
public final class ContactCenterSimulation {

    /** Agents with the same skills, and how many of them are on the queues in each interval. */
    public record AgentGroup(String name, Set<String> skills, int[] agentsPerInterval) {
        public AgentGroup {
            Objects.requireNonNull(name, "name");
            skills = Set.copyOf(skills);
            agentsPerInterval = agentsPerInterval.clone();
            for (int a : agentsPerInterval) {
                if (a < 0) {
                    throw new IllegalArgumentException("group " + name + ": negative head count " + a);
                }
            }
        }
    }

    /** One queue's demand: volume and AHT per interval. */
    public record QueueDemand(QueueConfig queue, double[] volume, double[] ahtSeconds) {
        public QueueDemand {
            Objects.requireNonNull(queue, "queue");
            volume = volume.clone();
            ahtSeconds = ahtSeconds.clone();
            if (volume.length != ahtSeconds.length) {
                throw new IllegalArgumentException("queue " + queue.name() + ": volume and AHT lengths differ");
            }
            if (queue.channel().isDeferred() || queue.concurrency() != 1) {
                throw new IllegalArgumentException("queue " + queue.name()
                        + ": the simulation models voice and single-concurrency chat queues only");
            }
            for (int i = 0; i < volume.length; i++) {
                if (!(volume[i] >= 0) || Double.isInfinite(volume[i]) || !(ahtSeconds[i] > 0 || volume[i] == 0)) {
                    throw new IllegalArgumentException("queue " + queue.name() + ": bad volume/AHT at interval " + i);
                }
            }
        }
    }

    /** The simulated estimate for one queue and arrival interval. */
    public record Estimate(String queue, int interval, long offered, double serviceLevel, double asaSeconds,
            double abandonRate) {
    }

    /** Counts summed over replications. */
    private static final class Tally {
        long offered;
        long answered;
        long answeredWithin;
        long abandoned;
        double waitOfAnswered;
    }

    private final List<QueueDemand> queues;
    private final List<AgentGroup> groups;
    private final double intervalSeconds;
    private final int intervals;
    private final boolean[][] groupServes; // [group][queue]

    public ContactCenterSimulation(List<QueueDemand> queues, List<AgentGroup> groups, double intervalSeconds) {
        this.queues = List.copyOf(queues);
        this.groups = List.copyOf(groups);
        if (!(intervalSeconds > 0)) {
            throw new IllegalArgumentException("interval length " + intervalSeconds + " s is not positive");
        }
        this.intervalSeconds = intervalSeconds;
        if (this.queues.isEmpty()) {
            throw new IllegalArgumentException("no queues to simulate");
        }
        this.intervals = this.queues.get(0).volume().length;
        for (QueueDemand q : this.queues) {
            if (q.volume().length != intervals) {
                throw new IllegalArgumentException("queue " + q.queue().name() + " has " + q.volume().length
                        + " intervals, expected " + intervals);
            }
        }
        for (AgentGroup g : this.groups) {
            if (g.agentsPerInterval().length != intervals) {
                throw new IllegalArgumentException("group " + g.name() + " has " + g.agentsPerInterval().length
                        + " intervals, expected " + intervals);
            }
        }
        groupServes = new boolean[this.groups.size()][this.queues.size()];
        for (int g = 0; g < this.groups.size(); g++) {
            for (int q = 0; q < this.queues.size(); q++) {
                groupServes[g][q] = this.groups.get(g).skills().contains(this.queues.get(q).queue().skill());
            }
        }
    }

    /** Runs {@code replications} independent replications and returns estimates per queue per interval. */
    public List<Estimate> run(int replications, long seed) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications " + replications + " is below 1");
        }
        Tally[][] tally = new Tally[queues.size()][intervals];
        for (Tally[] row : tally) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new Tally();
            }
        }
        SplittableRandom root = new SplittableRandom(seed);
        for (int r = 0; r < replications; r++) {
            new Replication(root.split(), tally).run();
        }
        List<Estimate> out = new ArrayList<>();
        for (int q = 0; q < queues.size(); q++) {
            for (int i = 0; i < intervals; i++) {
                Tally t = tally[q][i];
                out.add(new Estimate(queues.get(q).queue().name(), i, t.offered,
                        t.offered == 0 ? 1 : (double) t.answeredWithin / t.offered,
                        t.answered == 0 ? 0 : t.waitOfAnswered / t.answered,
                        t.offered == 0 ? 0 : (double) t.abandoned / t.offered));
            }
        }
        return out;
    }

    /** Estimates of one queue, by interval. */
    public static Map<String, List<Estimate>> byQueue(List<Estimate> estimates) {
        Map<String, List<Estimate>> m = new HashMap<>();
        for (Estimate e : estimates) {
            m.computeIfAbsent(e.queue(), k -> new ArrayList<>()).add(e);
        }
        return m;
    }

    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final int BOUNDARY = 2;

    private record Event(double time, long seq, int type, int index, int interval, Agent agent) {
    }

    private static final class Contact {
        final int queue;
        final int interval;
        final double arrival;
        final double deadline;
        final double handleTime;

        Contact(int queue, int interval, double arrival, double deadline, double handleTime) {
            this.queue = queue;
            this.interval = interval;
            this.arrival = arrival;
            this.deadline = deadline;
            this.handleTime = handleTime;
        }
    }

    private static final class Agent {
        final int group;
        boolean busy;
        boolean leaving;

        Agent(int group) {
            this.group = group;
        }
    }

    private final class Replication {
        private final SplittableRandom rng;
        private final Tally[][] tally;
        private final PriorityQueue<Event> events = new PriorityQueue<>(
                (a, b) -> a.time() != b.time() ? Double.compare(a.time(), b.time()) : Long.compare(a.seq(), b.seq()));
        private final List<ArrayDeque<Contact>> waiting = new ArrayList<>();
        private final List<ArrayDeque<Agent>> idle = new ArrayList<>();
        private final int[] onQueues; // agents per group not leaving
        private final List<Agent> agentsById = new ArrayList<>();
        private final Integer[] groupsBySpecialism;
        private long seq;

        Replication(SplittableRandom rng, Tally[][] tally) {
            this.rng = rng;
            this.tally = tally;
            for (int q = 0; q < queues.size(); q++) {
                waiting.add(new ArrayDeque<>());
            }
            for (int g = 0; g < groups.size(); g++) {
                idle.add(new ArrayDeque<>());
            }
            onQueues = new int[groups.size()];
            groupsBySpecialism = new Integer[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                groupsBySpecialism[g] = g;
            }
            Arrays.sort(groupsBySpecialism, (a, b) -> Integer.compare(
                    groups.get(a).skills().size(), groups.get(b).skills().size()));
        }

        void run() {
            for (int k = 0; k < intervals; k++) {
                schedule(k * intervalSeconds, BOUNDARY, -1, k);
            }
            Event e;
            while ((e = events.poll()) != null) {
                switch (e.type()) {
                    case BOUNDARY -> boundary(e.time(), e.interval());
                    case ARRIVAL -> arrival(e.time(), e.index(), e.interval());
                    case DEPARTURE -> free(e.time(), e.agent());
                    default -> throw new IllegalStateException();
                }
            }
            // what is left waiting after the drain: impatient contacts abandon, patient ones are never answered
            for (ArrayDeque<Contact> queue : waiting) {
                for (Contact c : queue) {
                    if (Double.isFinite(c.deadline)) {
                        tally[c.queue][c.interval].abandoned++;
                    }
                }
                queue.clear();
            }
        }

        private void schedule(double time, int type, int index, int interval) {
            events.add(new Event(time, seq++, type, index, interval, null));
        }

        private void boundary(double now, int k) {
            for (int q = 0; q < queues.size(); q++) {
                scheduleNextArrival(now, q, k);
            }
            for (int g = 0; g < groups.size(); g++) {
                int target = groups.get(g).agentsPerInterval()[k];
                while (onQueues[g] > target) {
                    Agent a = idle.get(g).pollFirst();
                    if (a == null) {
                        break;
                    }
                    agentsById.remove(a);
                    onQueues[g]--;
                }
                if (onQueues[g] > target) { // mark busy agents to leave when they finish
                    int excess = onQueues[g] - target;
                    for (Agent a : agentsById) {
                        if (excess == 0) {
                            break;
                        }
                        if (a.group == g && a.busy && !a.leaving) {
                            a.leaving = true;
                            onQueues[g]--;
                            excess--;
                        }
                    }
                }
                while (onQueues[g] < target) {
                    Agent rejoining = null;
                    for (Agent a : agentsById) { // a leaving agent still busy simply stays on
                        if (a.group == g && a.leaving) {
                            rejoining = a;
                            break;
                        }
                    }
                    onQueues[g]++;
                    if (rejoining != null) {
                        rejoining.leaving = false;
                    } else {
                        Agent a = new Agent(g);
                        agentsById.add(a);
                        free(now, a);
                    }
                }
            }
        }

        private void scheduleNextArrival(double from, int q, int k) {
            double rate = queues.get(q).volume()[k] / intervalSeconds;
            if (rate <= 0) {
                return;
            }
            double t = from - Math.log(1 - rng.nextDouble()) / rate;
            if (t < (k + 1) * intervalSeconds) {
                schedule(t, ARRIVAL, q, k);
            }
        }

        private void arrival(double now, int q, int k) {
            scheduleNextArrival(now, q, k);
            QueueDemand qd = queues.get(q);
            double handle = -Math.log(1 - rng.nextDouble()) * qd.ahtSeconds()[k];
            double deadline = qd.queue().patienceSeconds().isPresent()
                    ? now - Math.log(1 - rng.nextDouble()) * qd.queue().patienceSeconds().getAsDouble()
                    : Double.POSITIVE_INFINITY;
            Contact c = new Contact(q, k, now, deadline, handle);
            tally[q][k].offered++;
            for (int g : groupsBySpecialism) {
                if (groupServes[g][q] && !idle.get(g).isEmpty()) {
                    serve(now, idle.get(g).pollFirst(), c);
                    return;
                }
            }
            waiting.get(q).addLast(c);
        }

        /** Agent {@code a} is free at {@code now}: leave, take the best waiting contact, or go idle. */
        private void free(double now, Agent a) {
            a.busy = false;
            if (a.leaving) {
                a.leaving = false;
                agentsById.remove(a);
                return;
            }
            Contact best = null;
            int bestPriority = Integer.MIN_VALUE;
            for (int q = 0; q < queues.size(); q++) {
                if (!groupServes[a.group][q]) {
                    continue;
                }
                ArrayDeque<Contact> queue = waiting.get(q);
                Contact head;
                while ((head = queue.peekFirst()) != null && head.deadline < now) {
                    queue.pollFirst();
                    tally[head.queue][head.interval].abandoned++;
                }
                if (head == null) {
                    continue;
                }
                int priority = queues.get(q).queue().priority();
                if (best == null || priority > bestPriority
                        || (priority == bestPriority && head.arrival < best.arrival)) {
                    best = head;
                    bestPriority = priority;
                }
            }
            if (best == null) {
                idle.get(a.group).addLast(a);
                return;
            }
            waiting.get(best.queue).pollFirst();
            serve(now, a, best);
        }

        private void serve(double now, Agent a, Contact c) {
            a.busy = true;
            double wait = now - c.arrival;
            Tally t = tally[c.queue][c.interval];
            t.answered++;
            t.waitOfAnswered += wait;
            if (wait <= queues.get(c.queue).queue().target().thresholdSeconds() + 1e-12) {
                t.answeredWithin++;
            }
            events.add(new Event(now + c.handleTime, seq++, DEPARTURE, -1, c.interval, a));
        }
    }
}
