package be.partenamut.complaints.systemtest;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The root pom's reactor, read with the JDK's XML parser: its modules and which of them build a runnable jar. */
final class MavenReactor {

    private static final String BOOT_PLUGIN = "plugin[artifactId='spring-boot-maven-plugin']";

    private final Path root;
    private final Document rootPom;

    private MavenReactor(Path root) {
        this.root = root;
        this.rootPom = parse(root.resolve("pom.xml"));
    }

    static MavenReactor at(Path root) {
        return new MavenReactor(root);
    }

    List<String> modules() {
        NodeList nodes = (NodeList) evaluate(rootPom, "/project/modules/module", XPathConstants.NODESET);
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            modules.add(nodes.item(i).getTextContent().trim());
        }
        return modules;
    }

    /** The classifier of the runnable jar every service module makes (the root pom configures it once). */
    String runnableClassifier() {
        return text(rootPom, "/project/build/pluginManagement/plugins/" + BOOT_PLUGIN + "/configuration/classifier");
    }

    /**
     * What stands between this module and the {@code <module>-<version>-<classifier>.jar} the Dockerfile
     * copies, each said as the fix; empty when the module builds it.
     */
    List<String> runnableJarProblems(String module) {
        List<String> problems = new ArrayList<>();
        if (!modules().contains(module)) {
            problems.add("'" + module + "' is not a module of the root pom.xml: add <module>" + module
                    + "</module> to its <modules>, or name an existing module");
            return problems;
        }
        String managed = "/project/build/pluginManagement/plugins/" + BOOT_PLUGIN;
        if (!"repackage".equals(text(rootPom, managed + "/executions/execution/goals/goal[.='repackage']"))) {
            problems.add("the root pom.xml's pluginManagement no longer binds spring-boot-maven-plugin's repackage"
                    + " goal: restore that execution, or no module makes a runnable jar");
        }
        if (runnableClassifier().isEmpty()) {
            problems.add("the root pom.xml's spring-boot-maven-plugin has no <classifier>: the Dockerfile copies"
                    + " <module>-*-<classifier>.jar, so keep <classifier>exec</classifier>");
        }
        Document pom = parse(root.resolve(module).resolve("pom.xml"));
        String artifactId = text(pom, "/project/artifactId");
        if (!artifactId.equals(module)) {
            problems.add(module + "/pom.xml has artifactId '" + artifactId + "': the Dockerfile copies "
                    + module + "/target/" + module + "-*.jar, so name the artifact after its folder");
        }
        String packaging = text(pom, "/project/packaging");
        if (!packaging.isEmpty() && !packaging.equals("jar")) {
            problems.add(module + "/pom.xml has packaging '" + packaging + "': a runnable service is a jar");
        }
        String plugin = "/project/build/plugins/" + BOOT_PLUGIN;
        if (evaluate(pom, plugin, XPathConstants.NODE) == null) {
            problems.add(module + "/pom.xml does not declare spring-boot-maven-plugin in <build><plugins>: add it"
                    + " (the root pom's pluginManagement binds repackage), or it builds no runnable jar");
        }
        if ("true".equals(text(pom, plugin + "/configuration/skip"))) {
            problems.add(module + "/pom.xml skips spring-boot-maven-plugin: remove <skip>true</skip>");
        }
        String classifier = text(pom, plugin + "/configuration/classifier");
        if (!classifier.isEmpty() && !classifier.equals(runnableClassifier())) {
            problems.add(module + "/pom.xml sets the runnable jar's classifier to '" + classifier
                    + "': remove it, the Dockerfile copies the '" + runnableClassifier() + "' jar");
        }
        return problems;
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A pom never needs a DTD; refusing one keeps the parser from fetching or expanding anything.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            try (InputStream in = Files.newInputStream(pom)) {
                return factory.newDocumentBuilder().parse(in);
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static String text(Document pom, String expression) {
        return ((String) evaluate(pom, expression, XPathConstants.STRING)).trim();
    }

    private static Object evaluate(Document pom, String expression, QName type) {
        try {
            XPath xpath = XPathFactory.newInstance().newXPath();
            return xpath.evaluate(expression, pom, type);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }
}
