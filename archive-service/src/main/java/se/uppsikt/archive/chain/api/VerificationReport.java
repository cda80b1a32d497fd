package se.uppsikt.archive.chain.api;

import java.time.Instant;
import java.util.List;

/**
 * The result of recomputing the whole chain and every blob. {@code firstBrokenLink} is the earliest chain entry with a
 * finding; {@code findings} lists at most {@code MAX_FINDINGS}, chain findings first, then blobs.
 */
public record VerificationReport(boolean intact, long entriesChecked, long blobsChecked, Finding firstBrokenLink,
        List<Finding> findings, Instant verifiedAt) {

    public static final int MAX_FINDINGS = 100;
}
