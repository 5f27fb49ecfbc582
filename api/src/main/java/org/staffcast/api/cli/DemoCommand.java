package org.staffcast.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The end-to-end demo: generate a site, forecast, staff, solve, publish and summarise. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on a generated demo site and print a summary.")
public final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.println("""
                staffcast demo — the pipeline it runs (stages are filled in as they land):
                  1. generate a demo site: queues, skills, agents, contracts and 26 weeks of contact history
                  2. forecast volume and handle time per queue per 15-minute interval (model chosen by backtest)
                  3. staff: agents required per interval (Erlang C/A, chat concurrency, email backlog)
                  4. solve next week's roster with the Timefold solver
                  5. publish the schedule to the embedded database and print coverage and service level""");
        return 0;
    }
}
