package org.staffcast.api.cli;

import io.micronaut.context.ApplicationContext;
import java.util.concurrent.Callable;
import org.staffcast.api.security.ApiTokens;
import org.staffcast.api.security.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** API token administration; needs the database (DATASOURCE_URL or the embedded H2), not the HTTP server. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manage bearer API tokens (stored as SHA-256 hashes in the database).",
        subcommands = {TokenCommand.Create.class})
public final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.BAD_INPUT;
    }

    /** {@code staffcast token create --role ROLE --name NAME}: prints the new token once on stdout. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an API token with one role and print it once (ADMIN, PLANNER, MANAGER, HR_READ).")
    public static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--role", required = true, description = "ADMIN, PLANNER, MANAGER or HR_READ.")
        String role;

        @Option(names = "--name", required = true, description = "Who or what uses the token (e.g. 'hr-sync').")
        String name;

        @Override
        public Integer call() {
            String r = role.trim().toUpperCase(java.util.Locale.ROOT);
            if (!Roles.ALL.contains(r)) {
                throw new CliException("--role: '" + role + "' is not one of " + String.join(", ", Roles.ALL));
            }
            if (name.isBlank() || name.length() > 200) {
                throw new CliException("--name: give 1 to 200 characters");
            }
            try (ApplicationContext ctx = ApplicationContext.builder().deduceEnvironment(false).banner(false).start()) {
                ApiTokens.Created created = ctx.getBean(ApiTokens.class).create(name.strip(), r);
                spec.commandLine().getOut().println(created.token());
                spec.commandLine().getOut().flush();
                spec.commandLine().getErr().println("created token " + created.id() + " '" + created.name() + "' with role "
                        + created.role() + "; it is shown only now: store it safely");
                spec.commandLine().getErr().flush();
            }
            return 0;
        }
    }
}
