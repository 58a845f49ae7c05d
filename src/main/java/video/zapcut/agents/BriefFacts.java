package video.zapcut.agents;

/**
 * What the story needs from a brief, found by {@link BriefAnalyzer}.
 *
 * @param product      product name ("Luna Cold Brew")
 * @param audience     who it is for ("busy professionals"), never blank
 * @param benefit      the key benefit ("calm energy for your mornings"), never blank
 * @param headline     a short opening line for the first scene
 * @param callToAction the closing call to action ("Shop now")
 */
public record BriefFacts(String product, String audience, String benefit, String headline, String callToAction) {}
