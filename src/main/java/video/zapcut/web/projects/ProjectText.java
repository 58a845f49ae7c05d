package video.zapcut.web.projects;

/** Limits shared by the project requests. */
final class ProjectText {
    /** Longest free-text field (description, audience...): ample for a brief, small enough to keep rows light. */
    static final int MAX = 5000;

    private ProjectText() {}
}
