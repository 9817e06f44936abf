package org.passerelle.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word shown to people exists in French and in English, in every module: each bundle
 * ({@code <module>/src/main/resources/i18n/<name>.properties}, English, and {@code <name>_fr.properties}) has the
 * same keys with the same arguments in both, and each Qute mail template ({@code templates/**\/<name>_fr.txt})
 * has its {@code _en} twin. Read from the source tree, so it sees every module while running in core.
 */
class BundlesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A lone apostrophe, which MessageFormat would swallow: write '' instead. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void every_key_exists_in_french_and_in_english_with_the_same_arguments() throws IOException {
        List<Path> english = files("i18n", p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"));
        assertTrue(english.size() >= 5, "a bundle per module (core, ticketing, training, mission, api): " + english);
        List<String> problems = new ArrayList<>();
        for (Path en : english) {
            Path fr = en.resolveSibling(en.getFileName().toString().replace(".properties", "_fr.properties"));
            if (!Files.exists(fr)) {
                problems.add(ROOT.relativize(fr) + " is missing");
                continue;
            }
            TreeMap<String, String> english0 = read(en);
            TreeMap<String, String> french = read(fr);
            assertTrue(!english0.isEmpty(), en + " is empty");
            Set<String> onlyEnglish = new TreeSet<>(english0.keySet());
            onlyEnglish.removeAll(french.keySet());
            Set<String> onlyFrench = new TreeSet<>(french.keySet());
            onlyFrench.removeAll(english0.keySet());
            onlyEnglish.forEach(k -> problems.add(k + " has no French (" + ROOT.relativize(fr) + ")"));
            onlyFrench.forEach(k -> problems.add(k + " has no English (" + ROOT.relativize(en) + ")"));
            String module = en.getFileName().toString().replace(".properties", "");
            english0.forEach((key, text) -> {
                if (!key.startsWith(module + ".")) {
                    problems.add(key + " is in bundle " + module + ", which its first segment does not name");
                }
                if (french.containsKey(key) && !arguments(text).equals(arguments(french.get(key)))) {
                    problems.add(key + " takes arguments " + arguments(text) + " in English, " + arguments(french.get(key))
                            + " in French");
                }
            });
            Stream.of(english0, french).flatMap(m -> m.entrySet().stream())
                    .filter(e -> LONE_QUOTE.matcher(e.getValue()).find())
                    .forEach(e -> problems.add(e.getKey() + " has a lone apostrophe (write '')"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_mail_template_exists_in_french_and_in_english() throws IOException {
        List<Path> templates = files("templates", p -> p.toString().matches(".*_(fr|en)\\.txt"));
        assertTrue(templates.stream().anyMatch(p -> p.toString().contains("mail")), "mail templates found: " + templates);
        Set<String> names = templates.stream().map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            String twin = name.endsWith("_fr.txt") ? name.replaceAll("_fr\\.txt$", "_en.txt")
                    : name.replaceAll("_en\\.txt$", "_fr.txt");
            if (!names.contains(twin)) {
                missing.add(ROOT.relativize(Path.of(twin)).toString());
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Files under {@code <module>/src/main/resources/<folder>} of every module. */
    private static List<Path> files(String folder, java.util.function.Predicate<Path> wanted) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path dir = module.resolve("src/main/resources").resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(Files::isRegularFile).filter(wanted).forEach(found::add);
                    }
                }
            }
        }
        return found;
    }

    /** As ResourceBundle reads it (UTF-8). */
    private static TreeMap<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        TreeMap<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
