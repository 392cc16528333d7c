package dev.coachradar.model;

/**
 * Why a signal exists: the sentence carrying it and where it stands in {@link NewsArticle#text()}.
 *
 * @param articleId article the sentence comes from
 * @param title that article's title, for display
 * @param sentence the sentence
 * @param start offset of its first character in the article text
 * @param end offset just past its last character
 */
public record Evidence(String articleId, String title, String sentence, int start, int end) {}
