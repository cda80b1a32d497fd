package se.uppsikt.archive.sip;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.pdfa.PdfA;

/**
 * The metadata files of a package: EAD for the descriptive metadata with the package-level indications (requirement
 * 42), PREMIS 3 for the preservation events (capture, validation, fixity, packaging), the removals of the moderation
 * representation and the capture-method documentation. Written as text: the vocabularies are small and fixed, and a
 * reviewer can read exactly what is produced.
 */
final class SipDocuments {

    private SipDocuments() {
    }

    /** The package-level indications, in FGS 1.2 terms (ext:APPRAISAL, ext:ACCESSRESTRICT). */
    record Indications(boolean mayContainDisposable, boolean containsSecret, boolean containsPersonalData) {

        String accessRestrict() {
            if (containsSecret && containsPersonalData) {
                return "Secrecy and GDPR";
            }
            return containsSecret ? "Secrecy" : containsPersonalData ? "GDPR" : "None";
        }
    }

    static String ead(String packageId, String label, SipContent c, Indications ind, Instant created) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ead xmlns="urn:isbn:1-931666-22-9" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <eadheader>
                    <eadid identifier="%1$s">%1$s</eadid>
                    <filedesc><titlestmt><titleproper>%2$s</titleproper></titlestmt></filedesc>
                    <profiledesc><creation>Uppsikt archive-service <date normal="%3$s">%3$s</date></creation>
                      <langusage><language langcode="swe">svenska</language></langusage></profiledesc>
                  </eadheader>
                  <archdesc level="file">
                    <did>
                      <unittitle>%2$s</unittitle>
                      <unitid>%1$s</unitid>
                      <unitdate normal="%4$s/%5$s">%4$s – %5$s</unitdate>
                      <origination label="Arkivbildare"><corpname authfilenumber="%7$s">%6$s</corpname></origination>
                      <physdesc><extent>%8$d poster (inlägg, kommentarer, svar, meddelanden, media)</extent></physdesc>
                      <note><p>Kanal %9$s. Klassificering: sociala medier, allmänna handlingar som inkommit eller upprättats i kanalen.</p></note>
                    </did>
                    <appraisal id="appraisal" type="may-contain-disposable">
                      <p>%10$s</p>
                      <p>Paketet %11$s material som kan gallras enligt myndighetens gallringsbeslut (t.ex. handlingar av tillfällig eller ringa betydelse).</p>
                    </appraisal>
                    <accessrestrict id="accessrestrict" type="%12$s">
                      <p>Sekretess: %13$s. Personuppgifter: %14$s.</p>
                      <p>Paketet %15$s uppgifter som kan omfattas av sekretess och %16$s personuppgifter; pröva sekretess och dataskydd före utlämnande.</p>
                    </accessrestrict>
                  </archdesc>
                </ead>
                """
                .formatted(packageId, PdfA.escape(label), created, c.periodFrom(), c.periodTo(),
                        PdfA.escape(c.creator().name()), PdfA.escape(c.creator().organisationNumber()),
                        c.items().size(),
                        c.channelId(), ind.mayContainDisposable() ? "Yes" : "No",
                        ind.mayContainDisposable() ? "innehåller" : "innehåller inte", ind.accessRestrict(),
                        ind.containsSecret() ? "ja" : "nej", ind.containsPersonalData() ? "ja" : "nej",
                        ind.containsSecret() ? "innehåller" : "innehåller inte",
                        ind.containsPersonalData() ? "innehåller" : "innehåller inte");
    }

    /**
     * PREMIS: one object per file with its SHA-256, and the events capture (per item version), validation (PDF/A by
     * veraPDF), fixity (the archive's scheduled checks and the re-hash at packaging) and packaging.
     */
    static String premis(String packageId, SipContent c, Map<String, String> fileHashes, String software,
            String pdfaProfile, Instant packagedAt) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<premis xmlns=\"http://www.loc.gov/premis/v3\" version=\"3.0\">\n");
        fileHashes.forEach((path, sha) -> x
                .append("""
                          <object xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="file">
                            <objectIdentifier><objectIdentifierType>local</objectIdentifierType><objectIdentifierValue>%s</objectIdentifierValue></objectIdentifier>
                            <objectCharacteristics><compositionLevel>0</compositionLevel>
                              <fixity><messageDigestAlgorithm>SHA-256</messageDigestAlgorithm><messageDigest>%s</messageDigest><messageDigestOriginator>%s</messageDigestOriginator></fixity>
                            </objectCharacteristics>
                          </object>
                        """
                        .formatted(PdfA.escape(path), sha, PdfA.escape(software))));
        int n = 0;
        for (ItemVersion v : c.versions()) {
            x.append(event("capture-" + (++n), "capture", v.capturedAt, "Item " + v.itemId + " version "
                    + v.versionNo + " captured from " + (v.sourceUrl == null ? "the platform" : v.sourceUrl)
                    + " with " + v.captureTool, "success", "content SHA-256 " + v.contentSha256,
                    v.captureTool == null ? v.capturedBy : v.captureTool));
        }
        for (SipContent.Rendition r : c.renditions()) {
            x.append(event("validation-" + r.id(), "validation", r.createdAt(), "PDF/A rendition " + r.id()
                    + " validated by veraPDF against " + r.profile(), "pass", "SHA-256 " + r.sha256(), "veraPDF"));
        }
        x.append(event("validation-package-rendition", "validation", packagedAt, "PDF/A rendition of the period"
                + " validated by veraPDF against " + pdfaProfile + " before packaging", "pass", "", "veraPDF"));
        for (SipContent.Fixity f : c.fixity()) {
            x.append(event("fixity-" + (++n), "fixity check", f.checkedAt(), "Scheduled fixity check of blob "
                    + f.sha256() + " (arkivlagen 6 §)", f.outcome().equals("OK") ? "pass" : "fail", f.outcome(),
                    software));
        }
        x.append(event("fixity-packaging", "fixity check", packagedAt, "Every file of the package re-hashed from"
                + " the content-addressed store and compared with its stored SHA-256 before packaging", "pass",
                fileHashes.size() + " files", software));
        x.append(event("packaging", "packaging", packagedAt, "E-ARK SIP " + SipValidator.EARK_VERSION + " "
                + packageId + " built with commons-ip2", "success", "", software));
        x.append(
                """
                          <agent><agentIdentifier><agentIdentifierType>local</agentIdentifierType><agentIdentifierValue>%1$s</agentIdentifierValue></agentIdentifier>
                            <agentName>%1$s</agentName><agentType>software</agentType></agent>
                          <agent><agentIdentifier><agentIdentifierType>local</agentIdentifierType><agentIdentifierValue>veraPDF</agentIdentifierValue></agentIdentifier>
                            <agentName>veraPDF</agentName><agentType>software</agentType></agent>
                          <agent><agentIdentifier><agentIdentifierType>organisationsnummer</agentIdentifierType><agentIdentifierValue>%2$s</agentIdentifierValue></agentIdentifier>
                            <agentName>%3$s</agentName><agentType>organization</agentType></agent>
                        """
                        .formatted(PdfA.escape(software), PdfA.escape(c.creator().organisationNumber()),
                                PdfA.escape(c.creator().name())));
        return x.append("</premis>\n").toString();
    }

    private static String event(String id, String type, Instant at, String detail, String outcome, String note,
            String agent) {
        return """
                  <event>
                    <eventIdentifier><eventIdentifierType>local</eventIdentifierType><eventIdentifierValue>%s</eventIdentifierValue></eventIdentifier>
                    <eventType>%s</eventType>
                    <eventDateTime>%s</eventDateTime>
                    <eventDetailInformation><eventDetail>%s</eventDetail></eventDetailInformation>
                    <eventOutcomeInformation><eventOutcome>%s</eventOutcome><eventOutcomeDetail><eventOutcomeDetailNote>%s</eventOutcomeDetailNote></eventOutcomeDetail></eventOutcomeInformation>
                    <linkingAgentIdentifier><linkingAgentIdentifierType>local</linkingAgentIdentifierType><linkingAgentIdentifierValue>%s</linkingAgentIdentifierValue></linkingAgentIdentifier>
                  </event>
                """
                .formatted(id, type, at, PdfA.escape(detail), outcome, PdfA.escape(note), PdfA.escape(agent));
    }

    static String removals(SipContent c) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<moderation xmlns=\"")
                .append(ItemExport.NAMESPACE).append("/moderation\">\n");
        for (SipContent.Evidence e : c.evidence()) {
            x.append("  <evidence holdId=\"").append(e.holdId()).append("\" itemId=\"").append(e.itemId())
                    .append("\" placedAt=\"").append(e.placedAt()).append("\"><reference>")
                    .append(PdfA.escape(e.reference())).append("</reference><description>")
                    .append(PdfA.escape(e.description())).append("</description><placedBy>")
                    .append(PdfA.escape(e.placedBy())).append("</placedBy></evidence>\n");
        }
        for (SipContent.Removal r : c.removals()) {
            x.append("  <removal kind=\"").append(r.kind()).append("\" itemId=\"").append(r.itemId())
                    .append("\" at=\"").append(r.at()).append("\"><detail>").append(PdfA.escape(r.detail()))
                    .append("</detail><by>").append(PdfA.escape(r.by())).append("</by></removal>\n");
        }
        return x.append("</moderation>\n").toString();
    }

    static String captureMethod(SipContent c, String software, Instant packagedAt) {
        TreeSet<String> tools = new TreeSet<>();
        TreeSet<String> platforms = new TreeSet<>();
        c.versions().forEach(v -> tools.add(v.captureTool == null ? "(okänt verktyg)" : v.captureTool));
        c.items().forEach(i -> platforms.add(i.platform.name()));
        List<Item> items = c.items();
        return """
                Insamlingsmetod – hur innehållet fångades (capture method)
                =========================================================

                Paketet innehåller %d poster från kanal %s (%s) publicerade %s – %s (UTC).

                Insamling: posterna hämtades från plattformens API av insamlingsverktygen %s och lämnades till
                Uppsikts arkivtjänst, som lagrar varje version oförändrad: text, plattformens råa JSON och
                mediefiler, adresserade med SHA-256. Varje version förs in i en hashkedja när den tas emot.
                Ändrade inlägg lagras som nya versioner; tidigare versioner ändras aldrig.

                Representationer:
                - rep-structured: posterna som XML (schemas/uppsikt-archive-items.xsd), plattformens råa JSON per
                  version (raw/) och mediefiler (media/, filnamn = SHA-256).
                - rep-pdfa: läsbar återgivning som PDF/A-2b, validerad med veraPDF; tider i svensk tid
                  (Europe/Stockholm) med UTC-avvikelse.
                - rep-moderation (när perioden har sådant): bevis som säkrats före borttagning och uppgifter om
                  borttagningar och ändrad synlighet.

                Fixitet: alla filer kontrolleras månadsvis (arkivlagen 6 §) och kontrollerades på nytt mot sina
                SHA-256 när paketet byggdes %s av %s.
                """.formatted(items.size(), c.channelId(), String.join(", ", platforms), c.periodFrom(),
                c.periodTo(), String.join(", ", tools), packagedAt, software);
    }
}
