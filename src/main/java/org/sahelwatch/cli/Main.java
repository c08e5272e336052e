package org.sahelwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar target/sahelwatch.jar}. */
@Command(name = "sahelwatch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Streaming news-event processor for Sahel conflict monitoring, on Kafka Streams.",
        subcommands = {BrokerCommand.class, RunCommand.class, IngestCommand.class, TailCommand.class,
                TagCommand.class, EvalCommand.class, TrainCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Avro 1.12.2+ decodes generated classes only from trusted packages; ours is trusted here. */
    static final String AVRO_TRUSTED_PACKAGES = "org.apache.avro.SERIALIZABLE_PACKAGES";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        trustAvroPackages();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests run commands through it without exiting the JVM). */
    public static CommandLine commandLine() {
        trustAvroPackages();
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("sahelwatch " + cmd.getCommandName() + ": " + messageOf(e));
                    return 1;
                });
    }

    static void trustAvroPackages() {
        if (System.getProperty(AVRO_TRUSTED_PACKAGES) == null) {
            System.setProperty(AVRO_TRUSTED_PACKAGES, "org.sahelwatch.avro");
        }
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Version from the jar manifest, else the development marker. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sahelwatch " + (v == null ? "development build" : v)};
        }
    }
}
