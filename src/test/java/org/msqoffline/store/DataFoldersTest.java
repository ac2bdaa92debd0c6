package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataFoldersTest {
    private static final Path HOME = Path.of("/h");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                     | override  | MSQ_DATA_DIR | APPDATA  | XDG_DATA_HOME | os.name    | expected
            override wins              | /data/msq | /env/msq     | /appdata | /xdg          | Linux      | /data/msq
            MSQ_DATA_DIR beats the OS  | null      | /env/msq     | /appdata | /xdg          | Windows 11 | /env/msq
            blank MSQ_DATA_DIR ignored | null      | '  '         |          | /xdg          | Linux      | /xdg/msq-offline
            Windows APPDATA            | null      |              | /appdata |               | Windows 10 | /appdata/MSQ Offline
            Windows without APPDATA    | null      |              |          |               | Windows 10 | /h/AppData/Roaming/MSQ Offline
            macOS                      | null      |              | /appdata | /xdg          | Mac OS X   | /h/Library/Application Support/MSQ Offline
            Linux XDG_DATA_HOME        | null      |              | /appdata | /xdg/data     | Linux      | /xdg/data/msq-offline
            Linux, no XDG_DATA_HOME    | null      |              |          |               | Linux      | /h/.local/share/msq-offline
            Linux, blank XDG_DATA_HOME | null      |              |          | ''            | Linux      | /h/.local/share/msq-offline
            other Unix is like Linux   | null      |              |          |               | FreeBSD    | /h/.local/share/msq-offline
            """)
    void resolvesTheDataFolder(String description, String override, String msqDataDir, String appData, String xdgDataHome,
            String osName, String expected) {
        Map<String, String> environment = new HashMap<>();
        putIfSet(environment, DataFolders.ENVIRONMENT_VARIABLE, msqDataDir);
        putIfSet(environment, "APPDATA", appData);
        putIfSet(environment, "XDG_DATA_HOME", xdgDataHome);

        Path resolved = DataFolders.resolve(override == null ? null : Path.of(override), environment, osName, HOME);

        assertThat(resolved).isEqualTo(Path.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            override     | relative/data |
            MSQ_DATA_DIR |               | relative/data
            """)
    void relativeFoldersAreMadeAbsolute(String source, String override, String msqDataDir) {
        Map<String, String> environment = new HashMap<>();
        putIfSet(environment, DataFolders.ENVIRONMENT_VARIABLE, msqDataDir);

        Path resolved = DataFolders.resolve(override == null ? null : Path.of(override), environment, "Linux", HOME);

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("relative/data").toAbsolutePath());
    }

    private static void putIfSet(Map<String, String> environment, String name, String value) {
        if (value != null) {
            environment.put(name, value);
        }
    }
}
