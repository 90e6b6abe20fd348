package org.diplograph.knowledge;

/** A person's grammatical gender as an article shows it (a title, a given name), for pronoun agreement. */
public enum Gender {
    FEMALE, MALE;

    /** The gender a person pronoun agrees with ("she", "her": female), or null for other words. */
    public static Gender ofPronoun(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "she", "her", "hers", "herself" -> FEMALE;
            case "he", "him", "his", "himself" -> MALE;
            default -> null;
        };
    }
}
