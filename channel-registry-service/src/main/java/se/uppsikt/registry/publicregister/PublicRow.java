package se.uppsikt.registry.publicregister;

import java.util.List;

import io.quarkus.qute.TemplateData;

import se.uppsikt.registry.channel.Channel;

/** One channel as the Swedish HTML page shows it, already in words a reader understands. */
@TemplateData
public record PublicRow(String id, String authority, String platform, String name, String handle, String url,
        String purpose, String dialogue, String responsible, String status, String period,
        List<String> informationParagraphs, String userInformationUrl) {

    static PublicRow of(RegisterEntry entry) {
        Channel c = entry.channel();
        String responsible = c.responsibleFunction + (c.responsibleNamePublic ? " (" + c.responsibleName + ")" : "");
        String period = (c.startDate == null ? "" : "från " + c.startDate)
                + (c.endDate == null ? "" : " till " + c.endDate);
        List<String> paragraphs = c.infoText == null
                ? List.of()
                : List.of(c.infoText.split("\\n\\s*\\n")).stream().map(String::strip).filter(p -> !p.isEmpty())
                        .toList();
        return new PublicRow(c.id.toString(), entry.authorityName(), platformName(c), c.name, c.handle, c.url,
                c.purpose, c.dialogueEnabled ? "Ja" : "Nej", responsible, statusName(c), period.strip(), paragraphs,
                c.infoUserInformationUrl);
    }

    private static String platformName(Channel c) {
        return switch (c.platform) {
            case FACEBOOK_PAGE -> "Facebook-sida";
            case INSTAGRAM -> "Instagram";
            case X -> "X";
            case YOUTUBE -> "Youtube";
            case LINKEDIN -> "Linkedin";
            case MASTODON -> "Mastodon";
            case TIKTOK -> "Tiktok";
            case BLOG_RSS -> "Blogg/RSS";
            case OTHER -> "Annan";
        };
    }

    private static String statusName(Channel c) {
        return switch (c.status) {
            case PLANNED -> "Planerad";
            case ACTIVE -> "Aktiv";
            case PAUSED -> "Vilande";
            case CLOSED -> "Avslutad";
        };
    }
}
