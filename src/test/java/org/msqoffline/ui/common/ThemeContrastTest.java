package org.msqoffline.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The named colours of both themes meet WCAG 2.1 contrast: text 4.5:1 (AA) in the default theme and 7:1 (AAA)
 * in the high-contrast one; the focus ring 3:1 against what surrounds it (non-text contrast, 1.4.11).
 */
class ThemeContrastTest {
    private static final Pattern NAMED = Pattern.compile("(msq-[a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    /** The colours named in the stylesheet's first (.root) block; the high-contrast sheet renames them all. */
    static Map<String, String> colours(String stylesheet) throws IOException {
        String css;
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/" + stylesheet)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String root = css.substring(css.indexOf(".root"), css.indexOf('}', css.indexOf(".root")));
        Map<String, String> colours = new HashMap<>(Map.of("white", "#ffffff", "black", "#000000"));
        Matcher matcher = NAMED.matcher(root);
        while (matcher.find()) {
            colours.put(matcher.group(1), matcher.group(2));
        }
        return colours;
    }

    static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(textBlock = """
            msq-ink,        msq-page,        text
            msq-ink,        msq-surface,     text
            msq-ink-muted,  msq-page,        text
            msq-ink-muted,  msq-surface,     text
            msq-ink-muted,  msq-accent-soft, text
            msq-ink,        msq-accent-soft, text
            msq-accent,     msq-surface,     text
            msq-accent,     msq-page,        text
            msq-accent,     msq-accent-soft, text
            msq-error,      msq-surface,     text
            msq-error,      msq-page,        text
            msq-error,      msq-error-soft,  text
            msq-ok,         msq-surface,     text
            msq-ok,         msq-ok-soft,     text
            msq-new,        msq-new-soft,    text
            msq-focus,      msq-page,        ring
            msq-focus,      msq-surface,     ring
            """)
    void bothThemesKeepTheirContrast(String foreground, String background, String kind) throws IOException {
        Map<String, String> normal = colours(Theme.STYLESHEET);
        Map<String, String> high = colours(Theme.HIGH_CONTRAST_STYLESHEET);
        double ring = 3.0;
        assertThat(contrast(normal.get(foreground), normal.get(background))).as("default: %s on %s", foreground, background)
                .isGreaterThanOrEqualTo(kind.equals("ring") ? ring : 4.5);
        assertThat(contrast(high.get(foreground), high.get(background))).as("high contrast: %s on %s", foreground, background)
                .isGreaterThanOrEqualTo(kind.equals("ring") ? ring : 7.0);
    }

    @ParameterizedTest(name = "primary button text on the accent")
    @CsvSource({"org/msqoffline/ui/msq.css, white, 4.5", "org/msqoffline/ui/msq-high-contrast.css, black, 7.0"})
    void primaryButtonTextIsReadable(String stylesheet, String text, double minimum) throws IOException {
        Map<String, String> colours = colours(stylesheet);
        assertThat(contrast(colours.get(text), colours.get("msq-accent"))).isGreaterThanOrEqualTo(minimum);
    }
}
