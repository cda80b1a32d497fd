package se.uppsikt.archive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import se.uppsikt.archive.blob.BlobService;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.ingest.api.IngestRequest;
import se.uppsikt.archive.ingest.api.IngestResponse;
import se.uppsikt.archive.item.CanonicalForm;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.commons.problem.Problem;

/**
 * Ingest in two steps: check the whole batch and write its blobs (outside any transaction, so the ledger lock is not
 * held while bytes go to disk), then store items and versions in one transaction ({@link IngestWriter}). A batch with
 * any bad item is rejected as a whole, naming every bad item.
 */
@ApplicationScoped
public class IngestService {

    private final BlobService blobs;
    private final IngestWriter writer;

    public IngestService(BlobService blobs, IngestWriter writer) {
        this.blobs = blobs;
        this.writer = writer;
    }

    public IngestResponse ingest(IngestRequest request, String actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<byte[][]> decoded = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < request.items().size(); i++) {
            IngestItem item = request.items().get(i);
            Integer first = firstIndex.putIfAbsent(item.channelId() + " " + item.platformItemId().strip(), i);
            if (first != null) {
                errors.add(new Problem.FieldError("items[" + i + "].platformItemId",
                        "the same item is already in this batch as items[" + first + "]"));
            }
            decoded.add(decodeMedia(i, item, errors));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "invalid-request", "Invalid request",
                    errors.size() + " item(s) of the batch are invalid; nothing was stored", errors.get(0).field(),
                    errors);
        }
        List<PreparedItem> prepared = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            prepared.add(prepare(i, request.items().get(i), decoded.get(i)));
        }
        return writer.write(prepared, request.captureTool(), actor);
    }

    private static byte[][] decodeMedia(int index, IngestItem item, List<Problem.FieldError> errors) {
        byte[][] contents = new byte[item.media().size()][];
        for (int m = 0; m < item.media().size(); m++) {
            String base64 = item.media().get(m).contentBase64();
            if (base64 == null) {
                if (item.media().get(m).sourceUrl() == null) {
                    errors.add(new Problem.FieldError("items[" + index + "].media[" + m + "]",
                            "a media entry needs its content (contentBase64), its sourceUrl, or both"));
                }
                continue;
            }
            try {
                contents[m] = Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("items[" + index + "].media[" + m + "].contentBase64",
                        "contentBase64 is not valid Base64"));
            }
        }
        return contents;
    }

    private PreparedItem prepare(int index, IngestItem item, byte[][] mediaContents) {
        PreparedItem.Blob raw = null;
        if (item.rawPayload() != null) {
            byte[] bytes = CanonicalForm.write(item.rawPayload()).getBytes(StandardCharsets.UTF_8);
            raw = new PreparedItem.Blob(blobs.write(bytes), bytes.length, "application/json");
        }
        List<PreparedItem.Media> media = new ArrayList<>();
        for (int m = 0; m < item.media().size(); m++) {
            IngestItem.MediaInput input = item.media().get(m);
            byte[] content = mediaContents[m];
            PreparedItem.Blob blob = content == null
                    ? null
                    : new PreparedItem.Blob(blobs.write(content), content.length, input.mediaType());
            media.add(new PreparedItem.Media(blob, input.mediaType(), input.sourceUrl()));
        }
        return new PreparedItem(index, item, raw, media);
    }
}
