package com.autosales.notifications;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Message arguments are stored as a JSON array of strings. */
final class MessageArgs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessageArgs() {
    }

    static String join(List<String> args) {
        return args.isEmpty() ? null : JSON.writeValueAsString(args);
    }

    static List<String> split(String stored) {
        return stored == null ? List.of() : JSON.readValue(stored, new TypeReference<List<String>>() { });
    }
}
