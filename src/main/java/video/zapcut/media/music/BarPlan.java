package video.zapcut.media.music;

/**
 * The arrangement's decision for one bar.
 *
 * @param index          bar number from 0
 * @param startSeconds   where the bar begins
 * @param sectionIndex   which section (scene) the bar belongs to, from 0
 * @param role           what that section does
 * @param barInSection   bar number inside its section, from 0 (drives melodic phrasing)
 * @param lastOfSection  a new section (or the end) follows: room for a drum fill
 * @param finalBar       the resolving last bar
 * @param chord          the harmony of the bar
 * @param chordChanges   the chord differs from the previous bar's or a section starts: re-strike pads
 * @param drive          0..11 intensity of drums and bass: energy level shifted by the role
 */
record BarPlan(int index, double startSeconds, int sectionIndex, SectionRole role, int barInSection,
               boolean lastOfSection, boolean finalBar, Chord chord, boolean chordChanges, int drive) {}
