package se.uppsikt.retention.archive;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
record DisposeResponse(List<DisposeOutcome> results) {
}
