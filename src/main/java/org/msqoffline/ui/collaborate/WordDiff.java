package org.msqoffline.ui.collaborate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of two answers differ, for the comparison table: two long answers side by side that differ by a
 * date or a link looked the same at a glance. Words are compared whole, each with the spaces after it; the
 * words both share in order (a longest common subsequence) stay plain, the others are marked.
 */
final class WordDiff {
    /** Beyond this many word pairs in the part that differs, it is marked whole rather than compared word by word. */
    static final int MAX_PAIRS = 1_000_000;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    /** A run of text, marked when it is not in the other answer. */
    record Segment(String text, boolean marked) {
    }

    /** The two answers cut into segments: {@code before}'s marks are what it lacks in {@code after}, and the reverse. */
    record Marked(List<Segment> before, List<Segment> after) {
    }

    private WordDiff() {
    }

    /** A text with nothing marked in it. */
    static List<Segment> unmarked(String text) {
        return List.of(new Segment(text, false));
    }

    static Marked of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        int start = 0;
        while (start < a.size() && start < b.size() && same(a.get(start), b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && same(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        boolean[] keptA = new boolean[a.size()];
        boolean[] keptB = new boolean[b.size()];
        keep(keptA, 0, start);
        keep(keptB, 0, start);
        keep(keptA, endA, a.size());
        keep(keptB, endB, b.size());
        if ((long) (endA - start) * (endB - start) <= MAX_PAIRS) {
            commonInMiddle(a, b, start, endA, endB, keptA, keptB);
        }
        return new Marked(segments(a, keptA), segments(b, keptB));
    }

    /** Marks as kept the words of the longest common subsequence of {@code a[start..endA)} and {@code b[start..endB)}. */
    private static void commonInMiddle(List<String> a, List<String> b, int start, int endA, int endB, boolean[] keptA, boolean[] keptB) {
        int n = endA - start;
        int m = endB - start;
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = same(a.get(start + i), b.get(start + j)) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a.get(start + i), b.get(start + j))) {
                keptA[start + i++] = true;
                keptB[start + j++] = true;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** The same word, whatever spaces follow it (a line break in place of a space is not a change worth marking). */
    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static void keep(boolean[] kept, int from, int to) {
        for (int k = from; k < to; k++) {
            kept[k] = true;
        }
    }

    /** Consecutive words with the same mark joined into one segment; the spaces after a marked run are left plain. */
    private static List<Segment> segments(List<String> words, boolean[] kept) {
        List<Segment> segments = new ArrayList<>();
        if (words.isEmpty()) {
            return segments;
        }
        StringBuilder run = new StringBuilder();
        for (int k = 0; k <= words.size(); k++) {
            if (k == words.size() || (k > 0 && kept[k] != kept[k - 1])) {
                if (kept[k - 1]) {
                    segments.add(new Segment(run.toString(), false));
                    run.setLength(0);
                } else {
                    String marked = run.toString().stripTrailing();
                    if (!marked.isEmpty()) {
                        segments.add(new Segment(marked, true));
                    }
                    run.delete(0, marked.length());
                    if (k == words.size() && !run.isEmpty()) {
                        segments.add(new Segment(run.toString(), false));
                    }
                }
            }
            if (k < words.size()) {
                run.append(words.get(k));
            }
        }
        return segments;
    }
}
