package se.uppsikt.archive.disposal;

/**
 * When an item is held, as SQL over an item aliased {@code i}: an active hold names the item, its parent or its
 * thread's root post (a hold on a post holds its thread), or names its channel with a period (if any) that contains the
 * item's publication time. One expression, used by both the candidates query and the re-check at disposal.
 */
final class HoldCheck {

    static final String HELD = "(exists (select 1 from hold_item hi join hold h on h.id = hi.hold_id"
            + " where h.released_at is null and hi.item_id in (i.id, i.thread_root_item_id, i.parent_item_id))"
            + " or exists (select 1 from hold_channel hc join hold h on h.id = hc.hold_id"
            + " where h.released_at is null and hc.channel_id = i.channel_id"
            + " and (h.period_from is null or i.platform_created_at >= h.period_from)"
            + " and (h.period_to is null or i.platform_created_at <= h.period_to)))";

    private HoldCheck() {
    }
}
