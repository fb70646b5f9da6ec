package org.studiebro.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * The build fails when a contract stops being BACKWARD compatible with the last released version kept in
 * src/released/v&lt;N&gt;: consumers upgraded first must still read every record already on the topics.
 */
class ContractCompatibilityTest {

    private static final Path RELEASED = Path.of("src", "released");

    @Test
    void everyContractReadsWhatItsLastReleasedVersionWrote() throws IOException {
        Map<String, Schema> current = currentContracts();
        Map<String, Schema> released = lastRelease();
        assertThat(released).as("released contracts in %s", RELEASED).isNotEmpty();

        released.forEach((name, writer) -> {
            assertThat(current).as("released contract %s was removed; topics still hold its records", name)
                    .containsKey(name);
            var result = SchemaCompatibility.checkReaderWriterCompatibility(current.get(name), writer).getResult();
            assertThat(result.getCompatibility())
                    .as("%s is not BACKWARD compatible with its last release: %s", name,
                            result.getIncompatibilities().stream()
                                    .map(problem -> problem.getType() + " at " + problem.getLocation() + " ("
                                            + problem.getMessage() + ")")
                                    .toList())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        });
    }

    @Test
    void detectsAnIncompatibleChange() {
        Schema released = new Schema.Parser().parse("""
                {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"}]}""");
        Schema addedWithoutDefault = new Schema.Parser().parse("""
                {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"},
                                                          {"name": "b", "type": "int"}]}""");
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(addedWithoutDefault, released).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    static Map<String, Schema> currentContracts() {
        Map<String, Schema> contracts = new LinkedHashMap<>();
        Stream.of(Topics.coreTopics(), Topics.seatOwnerTopics("any-owner"), Topics.municipalityTopics("se-0000"))
                .flatMap(topics -> topics.values().stream())
                .forEach(schema -> contracts.put(schema.getFullName(), schema));
        return contracts;
    }

    private static Map<String, Schema> lastRelease() throws IOException {
        Path newest;
        try (Stream<Path> versions = Files.list(RELEASED)) {
            newest = versions.filter(Files::isDirectory)
                    .max(Comparator.comparingInt(ContractCompatibilityTest::versionNumber))
                    .orElseThrow(() -> new IllegalStateException("no released contracts under " + RELEASED));
        }
        Map<String, Schema> contracts = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(newest)) {
            files = listing.filter(file -> file.toString().endsWith(".avsc")).sorted().toList();
        }
        for (Path file : files) {
            Schema schema = new Schema.Parser().parse(file.toFile());
            contracts.put(schema.getFullName(), schema);
        }
        return contracts;
    }

    private static int versionNumber(Path directory) {
        return Integer.parseInt(directory.getFileName().toString().substring(1));
    }
}
