package se.uppsikt.pdfa;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders XHTML as PDF/A-2b and validates PDF/A files with veraPDF. Records that must be shown "as they looked"
 * (archive renditions, moderation decision documents, disposal records) are kept in PDF/A, the format Riksarkivet
 * and SKR name for long-term keeping (RA-FS 2009:2), and a file is trusted only after veraPDF has passed it.
 * <p>
 * The font is PDFBox's own Liberation Sans, embedded in every file, so Swedish characters render the same on
 * every machine and no system font is needed.
 */
public final class PdfA {

    /** The font family name the XHTML must use ({@code font-family: 'Uppsikt Sans'}); it is the default anyway. */
    public static final String FONT_FAMILY = "Uppsikt Sans";

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /**
     * Renders well-formed XHTML (a full {@code <html>} document) as PDF/A-2b, with title and language taken from the
     * document. Throws {@link IllegalArgumentException} when the XHTML cannot be rendered.
     */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB);
            for (int weight : new int[]{400, 700}) {
                builder.useFont(() -> PdfA.class.getResourceAsStream(FONT), FONT_FAMILY, weight,
                        PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(withDefaultFont(xhtml), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The document could not be rendered as PDF/A: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Validates a file against PDF/A-2b with veraPDF. */
    public static Validation validate(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().limit(20).toList();
            return new Validation(result.isCompliant() && failures.isEmpty(), "PDF/A-2B", failures);
        } catch (Exception e) {
            return new Validation(false, "PDF/A-2B", List.of("not a readable PDF: " + e.getMessage()));
        }
    }

    /** Renders and validates; throws {@link IllegalStateException} naming the failures when veraPDF rejects it. */
    public static byte[] renderValidated(String xhtml) {
        byte[] pdf = render(xhtml);
        Validation validation = validate(pdf);
        if (!validation.compliant()) {
            throw new IllegalStateException("Rendition is not valid PDF/A-2b: " + validation.failures());
        }
        return pdf;
    }

    /** Escapes text for use inside XHTML elements and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab/newline are not allowed in XML at all.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String withDefaultFont(String xhtml) {
        String style = "<style>body { font-family: '" + FONT_FAMILY + "'; }</style>";
        int head = xhtml.indexOf("<head>");
        return head < 0 ? xhtml : xhtml.substring(0, head + 6) + style + xhtml.substring(head + 6);
    }

    /** What veraPDF said about a file: compliant, against which profile, and the failed rules. */
    public record Validation(boolean compliant, String profile, List<String> failures) {
    }
}
