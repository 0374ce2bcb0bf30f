package org.strat.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** Reads a --json output, failing the test unless standard output is exactly one JSON document. */
final class JsonAssert {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonAssert() {
    }

    static JsonNode parse(String standardOutput) {
        try {
            return MAPPER.readTree(standardOutput);
        } catch (IOException e) {
            throw new AssertionError("standard output is not one JSON document: " + e.getMessage() + "\n" + standardOutput, e);
        }
    }
}
