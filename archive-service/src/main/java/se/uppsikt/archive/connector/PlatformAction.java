package se.uppsikt.archive.connector;

/** The platform's answer to a hide, delete or block: what was sent and what came back, kept with the takedown. */
public record PlatformAction(String request, int status, String response) {

    public String describe() {
        return request + " -> " + status + " " + response;
    }
}
