package se.uppsikt.archive.sip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import jakarta.enterprise.context.ApplicationScoped;

import org.roda_project.commons_ip2.validator.EARKSIPValidator;
import org.roda_project.commons_ip2.validator.reporter.ValidationReportOutputJson;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates a package with commons-ip2's E-ARK SIP validator (CSIP 2.1.0 and SIP 2.1.0 requirements, METS schema,
 * and every file's size and checksum against METS). Domain requirement 40: nothing leaves for the e-arkiv without it.
 */
@ApplicationScoped
public class SipValidator {

    public static final String EARK_VERSION = "2.1.0";

    private final ObjectMapper json;

    public SipValidator(ObjectMapper json) {
        this.json = json;
    }

    /** The validator's verdict; {@code failures} are the failed requirement ids with their first issue. */
    public record Result(boolean valid, int errors, int warnings, long millis, List<String> failures) {

        public String summary() {
            String text = valid ? "valid (E-ARK SIP " + EARK_VERSION + ")" : String.join("\n", failures);
            return text.length() > 8000 ? text.substring(0, 8000) : text;
        }
    }

    /** Validates a built package, a zip or its root folder. */
    public Result validate(Path sip) {
        long start = System.nanoTime();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try {
            ValidationReportOutputJson output = new ValidationReportOutputJson(sip, report);
            boolean valid = new EARKSIPValidator(output, EARK_VERSION).validate(EARK_VERSION);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Result(valid, output.getErrors(), output.getWarnings(), millis, failures(report.toByteArray()));
        } catch (IOException | ParserConfigurationException | SAXException e) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Result(false, 1, 0, millis, List.of("validator could not read the package: " + e));
        }
    }

    private List<String> failures(byte[] report) {
        List<String> failures = new ArrayList<>();
        try {
            collect(json.readTree(report), failures);
        } catch (IOException e) {
            failures.add("validation report unreadable: " + e.getMessage());
        }
        return failures;
    }

    private static void collect(JsonNode node, List<String> failures) {
        if (node == null) {
            return;
        }
        JsonNode testing = node.get("testing");
        // SHOULD and MAY requirements that are not met are reported as warnings; only a failed MUST is a failure
        if (testing != null && "FAILED".equals(testing.path("outcome").asText())
                && "MUST".equals(node.path("level").asText("MUST"))) {
            JsonNode issues = testing.path("issues");
            failures.add(node.path("id").asText() + ": " + (issues.isArray() && !issues.isEmpty()
                    ? issues.get(0).asText()
                    : node.path("description").asText()));
        }
        node.forEach(child -> collect(child, failures));
    }
}
