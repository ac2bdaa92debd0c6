package org.msqoffline.response;

import org.msqoffline.questionnaire.Section;

/** How far a section is: required items answered (validly) out of required items shown. */
public record SectionProgress(Section section, int answeredRequired, int required, int answered, int problems) {
    /** 0.0 to 1.0; a section with nothing required is complete. */
    public double fraction() {
        return new Completeness.Progress(answeredRequired, required).fraction();
    }

    public boolean complete() {
        return problems == 0 && answeredRequired == required;
    }
}
