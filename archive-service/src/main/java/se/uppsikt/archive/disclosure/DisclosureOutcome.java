package se.uppsikt.archive.disclosure;

/** The outcome of a request for utlämnande (OSL 6 kap. 3 §). */
public enum DisclosureOutcome {
    /** released in full; not appealable */
    RELEASED,
    /** released with a förbehåll (OSL 10 kap. 4 §): an appealable decision with a decision document */
    RELEASED_WITH_RESERVATION,
    /** refused in whole or part because of sekretess: an appealable decision with a decision document */
    REFUSED;

    /** Only a refusal or a release with förbehåll can be appealed (OSL 6 kap. 7 §). */
    public boolean appealable() {
        return this != RELEASED;
    }
}
