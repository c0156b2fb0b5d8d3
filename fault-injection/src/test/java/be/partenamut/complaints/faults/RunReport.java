package be.partenamut.complaints.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes a run's counts and recovery times to {@code target/fault-injection/}: {@code <form>-run.json}
 * for tools, {@code <form>-run.md} as the table the README's Reliability section shows.
 */
record RunReport(FaultForm form, Instant started, Duration duration, Tally.Counts counts, List<Recovery> recoveries) {

    void writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(form.name() + "-run.json"), json());
            Files.writeString(directory.resolve(form.name() + "-run.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the fault-injection report", e);
        }
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode()
                .put("form", form.name())
                .put("started", started.toString())
                .put("durationSeconds", duration.toSeconds())
                .put("offeredSubmissionsPerSecond", form.submissionsPerSecond());
        root.set("counts", mapper.valueToTree(counts));
        ArrayNode faults = root.putArray("recoveries");
        for (Recovery recovery : recoveries) {
            faults.addObject()
                    .put("fault", recovery.fault())
                    .put("component", recovery.component())
                    .put("atSeconds", recovery.at().toSeconds())
                    .put("awaySeconds", seconds(recovery.away()))
                    .put("endToEndSeconds", seconds(recovery.endToEnd()));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown() {
        StringBuilder text = new StringBuilder()
                .append("Fault-injection run (").append(form.name()).append(" form), ").append(started)
                .append(", ").append(duration.toMinutes()).append(" min under ")
                .append(form.submissionsPerSecond()).append(" complaints/s offered\n\n")
                .append("| count | value |\n|---|---|\n")
                .append(row("202 answers (repeats of a complaint posted again included)", counts.answers202()))
                .append(row("complaints answered 202", counts.accepted()))
                .append(row("… held by the office", counts.inOffice()))
                .append(row("… assigned a department", counts.departmentsAssigned()))
                .append(row("… acknowledged to the member by mail", counts.acknowledged()))
                .append(row("complaints in the office nobody was answered 202 for", counts.inOfficeNotAccepted()))
                .append(row("duplicate mails (same recipients and subject)", counts.duplicateMails()))
                .append(row("duplicate event ids on complaints.events.v1", counts.duplicateEventIds()))
                .append(row("complaints a projection counts twice", counts.projectionsCountingTwice()))
                .append(row("messages on dead-letter topics", counts.deadLetterTotal()))
                .append(row("complaints refused / abandoned by the load", counts.refused() + " / " + counts.abandoned()))
                .append(row("attempts without an answer (retried with the same key)", counts.unansweredAttempts()))
                .append(row("answers by HTTP status", counts.answersByStatus()))
                .append("\n| fault | at | back in | acknowledging again after |\n|---|---|---|---|\n");
        for (Recovery recovery : recoveries) {
            text.append("| ").append(recovery.fault()).append(" | ").append(recovery.at().toSeconds()).append(" s | ")
                    .append(seconds(recovery.away())).append(" s | ").append(seconds(recovery.endToEnd()))
                    .append(" s |\n");
        }
        return text.toString();
    }

    private static String row(String label, Object value) {
        return "| " + label + " | " + value + " |\n";
    }

    private static double seconds(Duration duration) {
        return Math.round(duration.toMillis() / 100.0) / 10.0;
    }
}
