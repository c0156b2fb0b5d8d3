package be.partenamut.complaints.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The command line that runs a main class of this JVM's own classpath in a new JVM. From a test the
 * classpath is a list (or failsafe's manifest-only jar, whose manifest lists it), which {@code -cp}
 * takes as it is; from the launcher's runnable jar it is that one Spring Boot jar, whose classes and
 * libraries only Boot's own launcher can load, told which main to run by {@code loader.main}.
 */
final class JavaCommand {

    private static final String BOOT_JAR_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private JavaCommand() {
    }

    /** The java executable this JVM runs on, so that every process of the platform runs on the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static List<String> forMainClass(List<String> jvmOptions, String mainClass, List<String> arguments) {
        String classpath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        if (isBootJar(classpath)) {
            command.add("-Dloader.main=" + mainClass);
            command.add("-cp");
            command.add(Path.of(classpath).toAbsolutePath().toString());
            command.add(BOOT_JAR_LAUNCHER);
        } else {
            command.add("-cp");
            command.add(classpath);
            command.add(mainClass);
        }
        command.addAll(arguments);
        return command;
    }

    private static boolean isBootJar(String classpath) {
        if (classpath.contains(java.io.File.pathSeparator) || !classpath.endsWith(".jar")
                || !Files.isRegularFile(Path.of(classpath))) {
            return false;
        }
        try (JarFile jar = new JarFile(classpath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpath, e);
        }
    }
}
