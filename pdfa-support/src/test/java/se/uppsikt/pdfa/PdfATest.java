package se.uppsikt.pdfa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfATest {

    private static final String DOCUMENT = """
            <html lang="sv"><head><title>Gallringsprotokoll</title></head>
            <body><h1>Gallringsprotokoll</h1>
            <p>Kommentar borttagen: hets mot folkgrupp. Åsa Öberg, Ängelholm – 2026-11-26 10:15 (+01:00)</p>
            <table><tr><th>Objekt</th><th>SHA-256</th></tr><tr><td>inlägg</td><td>9f86d081884c7d65</td></tr></table>
            </body></html>
            """;

    @Test
    void renderedDocumentIsValidPdfA2bAndKeepsSwedishCharacters() throws Exception {
        byte[] pdf = PdfA.render(DOCUMENT);
        PdfA.Validation validation = PdfA.validate(pdf);
        assertTrue(validation.compliant(), () -> "veraPDF failures: " + validation.failures());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Åsa Öberg, Ängelholm"), text);
        }
    }

    @Test
    void aPlainPdfIsNotAcceptedAsPdfA() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            assertFalse(PdfA.validate(out.toByteArray()).compliant());
        }
    }

    @Test
    void garbageIsReportedNotThrown() {
        PdfA.Validation v = PdfA.validate("inte en pdf".getBytes(StandardCharsets.UTF_8));
        assertFalse(v.compliant());
        assertFalse(v.failures().isEmpty());
    }

    @Test
    void escapingKeepsMarkupOutOfText() {
        assertTrue(PdfA.escape("<script>&\"'").equals("&lt;script&gt;&amp;&quot;&#39;"));
    }
}
