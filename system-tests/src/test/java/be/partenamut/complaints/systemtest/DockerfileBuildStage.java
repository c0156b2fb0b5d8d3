package be.partenamut.complaints.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Dockerfile's first stage, the one that runs Maven, read simply: its instructions (continuation lines
 * joined, comments dropped) and where each of its COPY instructions puts each source in the workspace.
 * Only the plain form {@code COPY [--flag...] <src>... <dest>} is understood, the only form the file uses.
 */
final class DockerfileBuildStage {

    static final Path PATH = RepositoryRoot.resolve("Dockerfile");

    private final List<String> instructions;
    private final Path context;

    private DockerfileBuildStage(List<String> instructions, Path context) {
        this.instructions = instructions;
        this.context = context;
    }

    /** The repository's Dockerfile, built with the repository root as its context (as compose does). */
    static DockerfileBuildStage read() {
        try {
            return of(Files.readString(PATH), RepositoryRoot.PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DockerfileBuildStage of(String dockerfile, Path context) {
        List<String> stage = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int stages = 0;
        for (String line : dockerfile.split("\\R")) {
            String trimmed = line.strip();
            if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            String instruction = pending.append(trimmed).toString().strip();
            pending.setLength(0);
            if (keyword(instruction).equals("FROM")) {
                stages++;
            }
            if (stages == 1) {
                stage.add(instruction);
            }
        }
        return new DockerfileBuildStage(stage, context);
    }

    List<String> instructions() {
        return instructions;
    }

    /**
     * Each COPY source (as written) and the path, relative to the working directory, it lands on: for a
     * folder, where its contents land, since Docker copies a folder's contents, never the folder itself.
     */
    Map<String, String> copiedSources() {
        Map<String, String> placed = new LinkedHashMap<>();
        for (String instruction : instructions) {
            if (!keyword(instruction).equals("COPY")) {
                continue;
            }
            List<String> arguments = Arrays.stream(instruction.split("\\s+")).skip(1)
                    .filter(argument -> !argument.startsWith("--")).toList();
            List<String> sources = arguments.subList(0, arguments.size() - 1);
            String destination = arguments.get(arguments.size() - 1);
            String directory = normalize(destination);
            // A file goes into the destination, rather than onto it, when that is a directory (a trailing
            // slash, the working directory) or when there are several sources.
            boolean intoDirectory = sources.size() > 1 || destination.endsWith("/") || directory.isEmpty();
            for (String source : sources) {
                String name = Path.of(normalize(source)).getFileName().toString();
                boolean folder = Files.isDirectory(context.resolve(normalize(source)));
                String landsOn = folder || !intoDirectory ? directory
                        : directory.isEmpty() ? name : directory + "/" + name;
                placed.put(normalize(source), landsOn);
            }
        }
        return placed;
    }

    private static String keyword(String instruction) {
        return instruction.split("\\s+", 2)[0].toUpperCase();
    }

    /** "./a/" and "a" are the same place; "." and "./" are the working directory itself (""). */
    private static String normalize(String path) {
        String normalized = path.replaceFirst("^(\\./)+", "");
        if (normalized.length() > 1) {
            normalized = normalized.replaceFirst("/+$", "");
        }
        return normalized.equals(".") ? "" : normalized;
    }
}
