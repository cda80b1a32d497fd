package se.uppsikt.retention.archive;

/** Where disposal candidates come from: the archive in production, an in-memory fake in property tests. */
@FunctionalInterface
public interface CandidateSource {

    CandidatePage page(CandidateQuery query);
}
