package se.uppsikt.archive.hold;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.item.CanonicalForm;

/**
 * The hashes a hold's placement and release are sealed with in the hash chain. The verifier recomputes them from the
 * hold's row, so changing what a hold covered, or when and why it was released, is found even past the triggers.
 */
public final class HoldSeal {

    private HoldSeal() {
    }

    public static String placed(Hold h) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", h.id.toString());
        form.put("reason", h.reason.name());
        form.put("reference", h.reference);
        form.put("description", h.description);
        form.put("channelIds", new TreeSet<>(h.channelIds.stream().map(Object::toString).toList()));
        form.put("itemIds", new TreeSet<>(h.itemIds.stream().map(Object::toString).toList()));
        form.put("periodFrom", h.periodFrom == null ? null : h.periodFrom.toString());
        form.put("periodTo", h.periodTo == null ? null : h.periodTo.toString());
        form.put("placedAt", h.placedAt.toString());
        form.put("placedBy", h.placedBy);
        return Sha256.of(CanonicalForm.write(form));
    }

    public static String released(Hold h) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("placed", placed(h));
        form.put("releasedAt", h.releasedAt == null ? null : h.releasedAt.toString());
        form.put("releasedBy", h.releasedBy);
        form.put("releaseReason", h.releaseReason);
        return Sha256.of(CanonicalForm.write(form));
    }
}
