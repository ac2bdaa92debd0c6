package org.msqoffline.benchmark;

import org.msqoffline.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The synthetic questionnaire the scale benchmarks use: as many items as asked, in sections of 100. */
public final class ScaleQuestionnaire {
    private ScaleQuestionnaire() {
    }

    /** A synthetic definition: sections of 100 items, yes/no questions each followed by a conditional long answer. */
    public static byte[] definition(int items) {
        ObjectNode root = Json.object();
        root.put("format", "msq-questionnaire/1");
        root.put("id", "scale");
        root.put("edition", "2026");
        root.put("version", "1.0.0");
        root.putObject("title").put("en", "A questionnaire of " + items + " items");
        ArrayNode sections = root.putArray("sections");
        int number = 1;
        for (int s = 0; s < items / 100; s++) {
            ObjectNode section = sections.addObject();
            section.put("id", "s" + s);
            section.putObject("title").put("en", "Section " + s);
            ArrayNode list = section.putArray("items");
            for (int i = 0; i < 50; i++) {
                ObjectNode question = list.addObject();
                question.put("id", "q" + number);
                question.put("number", String.valueOf(number++));
                question.put("type", "single");
                question.put("required", true);
                question.putObject("text").put("en", "Is there a policy number " + number + "?");
                ArrayNode options = question.putArray("options");
                options.addObject().put("id", "yes").putObject("label").put("en", "Yes");
                options.addObject().put("id", "no").putObject("label").put("en", "No");
                ObjectNode detail = list.addObject();
                detail.put("id", "q" + number);
                detail.put("number", String.valueOf(number++));
                detail.put("type", "longtext");
                detail.put("maxLength", 4000);
                detail.putObject("text").put("en", "If yes, please provide link and detail.");
                detail.putObject("showIf").put("item", question.get("id").asString()).putArray("anyOf").add("yes");
            }
        }
        return Json.pretty(root);
    }
}
