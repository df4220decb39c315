package com.autosales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese and English are both complete: same keys, no blanks, and every label a template or class names exists. */
class MessageBundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
    private static final Pattern DOMAIN_ERROR = Pattern.compile("DomainException\\(\"([a-z0-9.\\-]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("(?<!Exception\\()\"((?:nav|home|customer|notifications|notice|audit|error|login|layout|org|access|approval)\\.[a-z0-9.\\-]+)\"");

    /** The shared bundle and every module bundle, by their Chinese (default) file name. */
    private static List<String> bundles() throws IOException {
        List<String> names = new ArrayList<>(List.of("messages"));
        Path modules = Path.of("src/main/resources/i18n");
        if (Files.isDirectory(modules)) {
            try (Stream<Path> files = Files.list(modules)) {
                files.map(f -> f.getFileName().toString()).filter(f -> !f.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                        .map(f -> "i18n/" + f.replace(".properties", "")).sorted().forEach(names::add);
            }
        }
        return names;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            assertThat(load(bundle + "_en.properties").stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void noMessageIsBlankAndNoKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : bundles()) {
            for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
                Properties p = load(file);
                assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(file + " " + k).isNotBlank());
            }
            Set<String> keys = load(bundle + ".properties").stringPropertyNames();
            Set<String> twice = new TreeSet<>(keys);
            twice.retainAll(seen);
            assertThat(twice).as("keys of " + bundle + " already defined in another bundle").isEmpty();
            seen.addAll(keys);
        }
    }

    @Test
    void everyLabelUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : bundles()) {
            known.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY, used);
        collect(Path.of("src/main/java"), ".java", JAVA_KEY, used);
        used.removeIf(key -> key.endsWith("."));
        Set<String> errorCodes = new TreeSet<>();
        collect(Path.of("src/main/java"), ".java", DOMAIN_ERROR, errorCodes);
        errorCodes.forEach(code -> used.add("error." + code));
        assertThat(known).containsAll(used);
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
