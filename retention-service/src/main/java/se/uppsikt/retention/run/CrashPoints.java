package se.uppsikt.retention.run;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deterministic crash points in execution, so tests can kill a run at an exact place and prove it resumes from its
 * persisted state. Production never sets a hook; the calls then do nothing.
 */
@ApplicationScoped
public class CrashPoints {

    /** Where in a batch the hook is asked whether to crash. */
    public enum Point {
        /** the archive has disposed of the batch, and the outcomes are not yet persisted */
        AFTER_DISPOSE,
        /** the batch's outcomes are committed */
        AFTER_BATCH
    }

    /** Throws to simulate a crash at that point of that batch (1-based). */
    @FunctionalInterface
    public interface Hook {
        void at(Point point, UUID runId, int batchNo);
    }

    private volatile Hook hook;

    public void set(Hook hook) {
        this.hook = hook;
    }

    public void clear() {
        this.hook = null;
    }

    void reached(Point point, UUID runId, int batchNo) {
        Hook current = hook;
        if (current != null) {
            current.at(point, runId, batchNo);
        }
    }
}
