package se.uppsikt.archive.capture;

/** Why a capture ran: the channel's schedule, a person's request, or the channel closing (final capture). */
public enum CaptureTrigger {
    SCHEDULE, ON_DEMAND, CHANNEL_CLOSURE
}
