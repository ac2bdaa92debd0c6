package org.msqoffline.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data lives: {@code --data-dir}, else {@code MSQ_DATA_DIR}, else the platform's user data
 * folder ({@code %APPDATA%\MSQ Offline}, {@code ~/Library/Application Support/MSQ Offline},
 * {@code $XDG_DATA_HOME/msq-offline}).
 */
public final class DataFolders {
    public static final String ENVIRONMENT_VARIABLE = "MSQ_DATA_DIR";

    private DataFolders() {
    }

    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Path override, Map<String, String> environment, String osName, Path home) {
        if (override != null) {
            return override.toAbsolutePath();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("MSQ Offline");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("MSQ Offline");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("msq-offline");
    }
}
