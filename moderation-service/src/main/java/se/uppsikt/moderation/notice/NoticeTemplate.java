package se.uppsikt.moderation.notice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.uppsikt.moderation.decision.Outcome;
import se.uppsikt.moderation.reason.ReasonGroup;
import se.uppsikt.moderation.review.SwedishWorkingCalendar;

/**
 * The Swedish notice to the author of a hidden, removed or blocked item (req. 27; E-delegationen's guideline: tell
 * the author and point to the rules). It names the ground and its legal reference but never the removed text, so
 * the notice itself can be sent through the platform's ordinary messages.
 */
final class NoticeTemplate {

    static final String MISSING_RULES_LINK = "[länk till kanalens regler saknas – kanalregistret gav ingen]";

    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"))
            .withZone(SwedishWorkingCalendar.SWEDEN);

    private NoticeTemplate() {
    }

    static String render(Outcome outcome, String channelName, Instant decidedAt, String reasonTitle,
            String legalReference, ReasonGroup group, String rulesUrl) {
        String channel = channelName == null || channelName.isBlank() ? "vår kanal" : channelName.strip();
        String what = switch (outcome) {
            case HIDE -> "Vi har dolt ditt inlägg i " + channel;
            case BLOCK_USER -> "Vi har blockerat dig från att skriva i " + channel;
            default -> "Vi har tagit bort ditt inlägg i " + channel;
        };
        String why = switch (group == null ? ReasonGroup.POLICY : group) {
            case STATUTORY -> "Innehållet var sådant som vi enligt lagen (1998:112) om ansvar för elektroniska"
                    + " anslagstavlor ska ta bort.";
            case SECRECY -> "Inlägget innehöll uppgifter som omfattas av sekretess enligt offentlighets- och"
                    + " sekretesslagen.";
            case POLICY -> "Inlägget stred mot reglerna för kanalen.";
        };
        return """
                Hej!

                %s den %s.

                Skäl: %s (%s). %s

                Reglerna för kanalen finns här: %s

                Ditt inlägg har bevarats och beslutet är dokumenterat hos oss. Du har rätt att begära att få ta del \
                av beslutet.

                Med vänlig hälsning
                %s""".formatted(what, DATE.format(decidedAt), reasonTitle, legalReference, why,
                rulesUrl == null ? MISSING_RULES_LINK : rulesUrl, channel);
    }
}
