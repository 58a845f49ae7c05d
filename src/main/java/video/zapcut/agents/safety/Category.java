package video.zapcut.agents.safety;

/** The kinds of problem the safety agent reports; {@link #id()} is the wire name used in {@link Violation}. */
public enum Category {
    VIOLENCE("violence"),
    WEAPONS("weapons"),
    SEXUAL_CONTENT("sexual_content"),
    DRUGS("drugs"),
    HATE("hate"),
    SELF_HARM("self_harm"),
    MINORS_ALCOHOL("minors_alcohol"),
    REAL_PERSON_LIKENESS("real_person_likeness"),
    COPYRIGHTED_CHARACTER("copyrighted_character"),
    COMPETITOR_BRAND("competitor_brand"),
    MISLEADING_CLAIM("misleading_claim");

    private final String id;

    Category(String id) { this.id = id; }

    public String id() { return id; }
}
