package org.staffcast.api.cli;

import io.micronaut.runtime.Micronaut;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the HTTP API server (the default command). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP API server (default; embedded H2 database unless DATASOURCE_URL is set).")
public final class ServeCommand implements Callable<Integer> {

    /** Exit code meaning "the server is running; do not exit the JVM". */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @Option(names = "--port", description = "HTTP port (default: 8080, or STAFFCAST_PORT).")
    Integer port;

    @Override
    public Integer call() {
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new CliException("--port: " + port + " is not a TCP port (0-65535)");
            }
            System.setProperty("micronaut.server.port", port.toString());
        }
        Micronaut.build(new String[0])
                .mainClass(ServeCommand.class)
                .banner(false)
                .start();
        return KEEP_RUNNING;
    }
}
