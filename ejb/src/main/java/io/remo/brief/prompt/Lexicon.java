package io.remo.brief.prompt;

import static io.remo.brief.prompt.VocabularyField.CLUTTER_LEVEL;
import static io.remo.brief.prompt.VocabularyField.COLOR;
import static io.remo.brief.prompt.VocabularyField.CONSTRAINT;
import static io.remo.brief.prompt.VocabularyField.LIGHTING;
import static io.remo.brief.prompt.VocabularyField.MOOD;
import static io.remo.brief.prompt.VocabularyField.OCCUPANT;
import static io.remo.brief.prompt.VocabularyField.ROOM_TYPE;
import static io.remo.brief.prompt.VocabularyField.STYLE;
import static io.remo.brief.prompt.VocabularyField.TEXTURE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists: everyday words and phrases for each vocabulary value ("lounge" → living_room, "dark blue" →
 * navy), and the small words that steer a sentence (negation, correction, linking). Phrases are matched longest
 * first, so "dark wood" is a texture before "dark" is a lighting word, and "kids room" a room before "kids" are
 * occupants. A plural ("greys", "dogs") matches its singular.
 */
final class Lexicon {

    /** What one phrase means. */
    record Entry(List<Term> terms, List<Term> whenNegated, List<Term> implied, List<Term> refused, boolean negation,
            boolean affirmation, boolean correction, boolean transparent, boolean furnishing, boolean designWord) {

        /** The terms a mention of this phrase carries, in a clause that is negated so far or not. */
        List<Term> termsFor(boolean negated) {
            return negated && !whenNegated.isEmpty() ? whenNegated : terms;
        }
    }

    /** Words that end a clause: what follows is a new thought, so a "not" before them does not reach past. */
    static final Set<String> CLAUSE_BREAKS = Set.of("but", "because", "since", "although", "though", "however",
            "whereas", "while", "otherwise", "also");

    /** Words too common to say anything about a room; never sent to the phrase matcher. */
    static final Set<String> STOPWORDS = Set.of("a", "about", "above", "after", "again", "all", "almost", "along",
            "already", "always", "am", "an", "and", "any", "anyway", "are", "around", "as", "at", "away", "back", "be",
            "been", "before", "being", "below", "best", "better", "between", "big", "bit", "both", "by", "can", "cant",
            "come", "could", "couldnt", "day", "days", "did", "didnt", "do", "does", "doing", "done", "down", "each",
            "either", "else", "enough", "even", "ever", "every", "everything", "few", "for", "from", "get", "gets",
            "getting", "give", "go", "goes", "going", "gone", "good", "got", "great", "had", "has", "have", "having",
            "he", "her", "here", "hers", "him", "his", "how", "i", "id", "if", "ill", "im", "in", "into", "is", "it",
            "its", "ive", "just", "kind", "know", "last", "least", "let", "lets", "little", "look", "looking", "lot",
            "lots", "made", "make", "makes", "making", "many", "may", "maybe", "me", "mine", "might", "mind", "most",
            "mostly", "much", "must", "my", "myself", "need", "needs", "new", "next", "nice", "now", "of", "off", "oh",
            "ok", "okay", "old", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own",
            "part", "people", "perhaps", "place", "please", "pretty", "put", "quite", "rather", "really", "right",
            "same", "say", "see", "seem", "seems", "she", "should", "so", "some", "somehow", "something", "somewhat",
            "sort", "still", "stuff", "such", "sure", "take", "than", "thank", "thanks", "that", "thats", "the",
            "their", "them", "then", "there", "theres", "these", "they", "thing", "things", "think", "this", "those",
            "through", "time", "to", "today", "together", "totally", "try", "two", "under", "until", "up", "us",
            "use", "used", "very", "was", "way", "we", "well", "were", "what", "whats", "when", "where", "which",
            "who", "whole", "why", "will", "wish", "with", "within", "would", "wouldnt", "yeah", "yes", "yet", "you",
            "your", "youre", "yours", "lol", "hmm", "um", "uh", "hi", "hello", "hey");

    private static final Map<String, Entry> ENTRIES;
    private static final int LONGEST;

    static {
        Builder b = new Builder();
        rooms(b);
        lighting(b);
        clutter(b);
        moods(b);
        styles(b);
        textures(b);
        colours(b);
        constraintsAndOccupants(b);
        words(b);
        ENTRIES = b.build();
        LONGEST = ENTRIES.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    private Lexicon() {
    }

    /** The entry for the longest phrase starting at {@code from}, and its length in words; null when none. */
    static Match longestAt(List<String> words, int from) {
        for (int length = Math.min(LONGEST, words.size() - from); length > 0; length--) {
            List<String> phrase = words.subList(from, from + length);
            Entry entry = lookup(phrase);
            if (entry != null) {
                return new Match(entry, length);
            }
        }
        return null;
    }

    record Match(Entry entry, int length) {
    }

    private static Entry lookup(List<String> phrase) {
        String key = String.join(" ", phrase);
        Entry entry = ENTRIES.get(key);
        if (entry != null) {
            return entry;
        }
        String last = phrase.get(phrase.size() - 1);
        String head = phrase.size() == 1 ? "" : String.join(" ", phrase.subList(0, phrase.size() - 1)) + " ";
        for (String singular : singulars(last)) {
            entry = ENTRIES.get(head + singular);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    private static List<String> singulars(String word) {
        List<String> forms = new ArrayList<>(2);
        if (word.length() > 3 && word.endsWith("ies")) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.length() > 3 && word.endsWith("es")) {
            forms.add(word.substring(0, word.length() - 2));
        }
        if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        return forms;
    }

    /**
     * Lower case, apostrophes dropped inside words ("don't" → "dont", "kid's" → "kids"), split at anything that is
     * not a letter or digit ("mid-century" → "mid", "century").
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : normalise(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("(?<=\\p{L})['’‘`](?=\\p{L})", "");
    }

    // ---------------------------------------------------------------------------------------------- the lists

    private static void rooms(Builder b) {
        b.term(ROOM_TYPE, "living_room", "living room", "lounge", "sitting room", "family room", "front room", "den",
                "tv room", "living area", "livingroom", "lounge room", "drawing room", "reception room");
        b.term(ROOM_TYPE, "bedroom", "bedroom", "bed room", "master bedroom", "guest room", "guest bedroom",
                "spare room", "spare bedroom", "main bedroom");
        b.term(ROOM_TYPE, "kitchen", "kitchen", "kitchenette", "kitchen diner");
        b.term(ROOM_TYPE, "dining_room", "dining room", "dining area", "dining", "breakfast room");
        b.term(ROOM_TYPE, "bathroom", "bathroom", "bath room", "ensuite", "en suite", "washroom", "shower room",
                "powder room", "restroom", "wc", "cloakroom");
        b.term(ROOM_TYPE, "home_office", "home office", "office", "study", "workspace", "work space", "work room",
                "study room", "work from home", "wfh");
        b.term(ROOM_TYPE, "kids_room", "kids room", "kid room", "childrens room", "children room", "nursery",
                "playroom", "play room", "boys room", "girls room", "baby room", "teen room", "teenager room");
        b.term(ROOM_TYPE, "hallway", "hallway", "hall", "corridor", "entryway", "entrance", "foyer", "landing",
                "mudroom", "entrance hall");
        b.term(ROOM_TYPE, "other", "garage", "attic", "basement", "loft room", "conservatory", "sunroom",
                "laundry", "laundry room", "utility room", "porch", "balcony");
    }

    private static void lighting(Builder b) {
        b.term(LIGHTING, "warm", "warm", "warmer", "warm light", "warm lighting", "warm white", "golden",
                "golden light", "amber", "candlelit", "candle light", "candlelight", "warmth");
        b.term(LIGHTING, "cool", "cool", "cooler", "cool light", "cool lighting", "cool white", "cold light",
                "crisp light", "cool daylight", "blue light");
        b.term(LIGHTING, "neutral", "neutral light", "neutral lighting", "neutral white", "natural white");
        b.term(LIGHTING, "bright", "bright", "brighter", "brightest", "well lit", "light filled", "full of light",
                "lots of light", "more light", "plenty of light", "natural light", "daylight", "sunny", "sunlit",
                "luminous", "lighter", "brighten", "sunlight", "lots of sunlight");
        b.term(LIGHTING, "dim", "dim", "dimmer", "dimmed", "darker", "low light", "low lighting", "soft light",
                "soft lighting", "moody lighting", "subdued", "dark");
        // "Nothing too dark" is about colours as much as light; a room that is "too dark" is about light only.
        for (String phrase : List.of("nothing too dark", "not too dark", "nothing dark", "not dark", "no dark",
                "nothing too dark or heavy", "not too dark or heavy", "isnt too dark", "nothing very dark")) {
            b.refused(phrase, new Term(LIGHTING, "dim"), new Term(COLOR, "black"), new Term(COLOR, "charcoal"),
                    new Term(COLOR, "navy"), new Term(COLOR, "burgundy"));
        }
        b.terms("light and airy", new Term(LIGHTING, "bright"), new Term(MOOD, "fresh"));
        b.term(LIGHTING, "bright", "bright and airy");
    }

    private static void clutter(Builder b) {
        b.term(CLUTTER_LEVEL, "minimal", "minimal", "clutter free", "no clutter", "less clutter", "declutter",
                "decluttered", "uncluttered", "clear surfaces", "nothing on show", "bare", "sparse", "pared back",
                "very little stuff");
        b.term(CLUTTER_LEVEL, "tidy", "tidy", "neat", "organised", "organized", "orderly", "tidy but personal",
                "a few things", "some things on show", "a few things on show", "balanced", "not too much stuff");
        b.term(CLUTTER_LEVEL, "lived_in", "lived in", "lived-in", "collected", "maximalist", "maximal",
                "layered", "lots of things", "full of things", "cluttered", "cosy clutter", "cozy clutter",
                "lots of stuff");
    }

    private static void moods(Builder b) {
        b.term(MOOD, "calm", "calm", "calming", "calmer", "peaceful", "serene", "relaxing", "relaxed", "tranquil",
                "restful", "soothing", "chill", "zen", "quiet", "unwind", "restful");
        b.term(MOOD, "cozy", "cozy", "cosy", "cozier", "cosier", "comfy", "comfortable", "snug", "homey", "homely",
                "hygge", "inviting", "welcoming");
        b.term(MOOD, "fresh", "fresh", "fresher", "airy", "crisp", "clean", "breezy", "refreshing", "light and fresh");
        b.term(MOOD, "elegant", "elegant", "luxurious", "luxury", "luxe", "sophisticated", "refined", "classy",
                "glamorous", "glam", "chic", "posh", "upscale", "polished", "grown up", "high end", "opulent");
        b.term(MOOD, "playful", "playful", "fun", "quirky", "whimsical", "colourful", "colorful", "cheerful",
                "joyful");
        b.term(MOOD, "energetic", "energetic", "vibrant", "lively", "bold", "dynamic", "energising", "energizing",
                "punchy", "bright colours", "bright colors", "loud", "vivid", "striking");
        Term[] vivid = {new Term(MOOD, "energetic"), new Term(COLOR, "red"), new Term(COLOR, "orange"),
                new Term(COLOR, "yellow"), new Term(COLOR, "pink")};
        for (String loud : List.of("bold", "bright colours", "bright colors", "loud", "vivid", "garish", "neon",
                "loud colours", "loud colors", "bold colours", "bold colors")) {
            b.whenNegated(loud, vivid);
        }
        b.term(MOOD, "romantic", "romantic", "dreamy", "intimate", "sensual", "soft and romantic");
        b.term(MOOD, "natural", "natural", "organic", "earthy", "nature", "biophilic", "outdoorsy", "grounded",
                "natural materials");
    }

    private static void styles(Builder b) {
        b.term(STYLE, "scandinavian", "scandinavian", "scandi", "nordic", "danish", "swedish");
        b.term(STYLE, "japandi", "japandi", "japanese", "wabi sabi");
        b.term(STYLE, "minimalist", "minimalist", "minimalism", "minimalistic");
        b.term(STYLE, "modern", "modern", "sleek", "clean lines", "ultra modern");
        b.term(STYLE, "mid_century", "mid century", "midcentury", "mid century modern", "mcm", "retro", "sixties",
                "fifties", "seventies", "60s", "50s", "70s", "vintage");
        b.term(STYLE, "industrial", "industrial", "loft", "warehouse", "urban", "loft style");
        b.terms("exposed brick", new Term(STYLE, "industrial"), new Term(TEXTURE, "brick"));
        b.term(STYLE, "bohemian", "bohemian", "boho", "eclectic", "hippie", "boho chic");
        b.term(STYLE, "coastal", "coastal", "beachy", "beach", "beach house", "nautical", "seaside", "hamptons");
        b.term(STYLE, "farmhouse", "farmhouse", "rustic", "country", "cottage", "country cottage", "barn",
                "modern farmhouse");
        b.term(STYLE, "traditional", "traditional", "classic", "classical", "victorian", "georgian", "edwardian",
                "period", "timeless", "antique", "antiques", "heritage");
        b.term(STYLE, "art_deco", "art deco", "deco", "gatsby", "1920s", "twenties", "roaring twenties");
        b.term(STYLE, "contemporary", "contemporary");
    }

    private static void textures(Builder b) {
        b.term(TEXTURE, "wood", "wood", "wooden", "timber", "natural wood", "warm wood", "woodwork", "hardwood");
        b.term(TEXTURE, "light_wood", "light wood", "pale wood", "blonde wood", "blond wood", "oak", "light oak",
                "birch", "pine", "maple", "bleached wood", "ash wood", "beech");
        b.term(TEXTURE, "dark_wood", "dark wood", "walnut", "mahogany", "ebony", "dark oak", "teak", "cherry wood",
                "espresso wood", "rosewood");
        b.term(TEXTURE, "linen", "linen", "cotton", "linens");
        b.term(TEXTURE, "wool", "wool", "woollen", "woolen", "wooly", "woolly", "knit", "knitted", "chunky knit",
                "boucle", "sheepskin", "cashmere");
        b.term(TEXTURE, "velvet", "velvet", "velour", "plush", "velvety");
        b.term(TEXTURE, "leather", "leather", "suede", "leathers");
        b.term(TEXTURE, "marble", "marble", "travertine", "natural stone", "granite", "quartz");
        b.term(TEXTURE, "concrete", "concrete", "cement", "microcement", "polished concrete", "plaster",
                "limewash", "venetian plaster");
        b.term(TEXTURE, "brick", "brick", "bricks", "brickwork");
        b.term(TEXTURE, "rattan", "rattan", "wicker", "cane", "jute", "seagrass", "sisal", "bamboo", "woven");
        b.term(TEXTURE, "metal", "metal", "steel", "iron", "wrought iron", "chrome", "aluminium", "aluminum",
                "black metal", "stainless steel", "silver", "metallic");
        b.term(TEXTURE, "brass", "brass", "gold", "bronze", "copper", "rose gold", "gilded", "gold accents");
        b.term(TEXTURE, "glass", "glass", "mirrored", "acrylic", "lucite", "crystal", "glassy");
        b.term(TEXTURE, "ceramic", "ceramic", "ceramics", "tile", "tiles", "tiled", "porcelain", "stoneware",
                "zellige", "pottery");
        b.term(TEXTURE, "terrazzo", "terrazzo");
        b.term(TEXTURE, "plants", "plants", "plant", "greenery", "houseplants", "house plants", "foliage",
                "botanical", "ferns", "indoor plants", "jungle", "succulents");
    }

    private static void colours(Builder b) {
        b.term(COLOR, "white", "white", "whites", "bright white", "pure white", "snow white", "chalk", "chalky");
        b.term(COLOR, "cream", "cream", "creamy", "ivory", "off white", "eggshell", "vanilla", "alabaster");
        b.term(COLOR, "beige", "beige", "tan", "camel", "oatmeal", "taupe", "mushroom", "biscuit", "greige", "nude",
                "fawn");
        b.term(COLOR, "sand", "sand", "sandy", "stone", "khaki", "latte", "sand coloured", "sand colored",
                "linen white");
        b.term(COLOR, "grey", "grey", "gray", "light grey", "light gray", "dove grey", "pale grey", "greyish",
                "grayish", "silver grey", "warm grey", "cool grey");
        b.term(COLOR, "charcoal", "charcoal", "dark grey", "dark gray", "slate", "graphite", "anthracite",
                "gunmetal", "deep grey");
        b.term(COLOR, "black", "black", "jet black", "matte black", "onyx");
        b.term(COLOR, "brown", "brown", "dark brown", "chocolate", "chestnut", "mocha", "caramel", "cognac",
                "espresso", "coffee", "toffee", "light brown");
        b.term(COLOR, "terracotta", "terracotta", "terra cotta", "clay", "burnt orange", "brick red");
        b.term(COLOR, "rust", "rust", "rusty", "rust orange", "burnt sienna", "auburn");
        b.term(COLOR, "orange", "orange", "tangerine", "apricot", "pumpkin");
        b.term(COLOR, "mustard", "mustard", "ochre", "saffron", "turmeric", "mustard yellow", "golden yellow");
        b.term(COLOR, "yellow", "yellow", "lemon", "butter", "buttery", "sunshine yellow", "pale yellow",
                "lemon yellow");
        b.term(COLOR, "sage", "sage", "sage green", "mint", "mint green", "pistachio", "eucalyptus", "pale green",
                "light green", "soft green", "celadon");
        b.term(COLOR, "olive", "olive", "olive green", "moss", "moss green", "army green", "khaki green");
        b.term(COLOR, "green", "green", "greens", "forest green", "bottle green", "leafy green", "kelly green",
                "grass green", "apple green");
        b.term(COLOR, "emerald", "emerald", "emerald green", "jade", "dark green", "deep green", "hunter green",
                "racing green");
        b.term(COLOR, "teal", "teal", "turquoise", "aqua", "petrol", "peacock", "peacock blue", "petrol blue",
                "aquamarine");
        b.term(COLOR, "light_blue", "light blue", "pale blue", "sky blue", "powder blue", "baby blue", "duck egg",
                "duck egg blue", "ice blue", "pastel blue", "soft blue");
        b.term(COLOR, "blue", "blue", "blues", "cobalt", "royal blue", "denim", "azure", "cornflower",
                "cornflower blue", "mid blue", "bright blue");
        b.term(COLOR, "navy", "navy", "navy blue", "dark blue", "midnight blue", "midnight", "ink", "inky", "indigo",
                "deep blue", "ink blue");
        b.term(COLOR, "lavender", "lavender", "lilac", "mauve", "light purple", "pale purple", "wisteria");
        b.term(COLOR, "purple", "purple", "violet", "plum", "aubergine", "eggplant", "dark purple");
        b.term(COLOR, "blush", "blush", "blush pink", "dusty pink", "dusty rose", "pale pink", "light pink",
                "powder pink", "peach", "soft pink", "rose pink");
        b.term(COLOR, "pink", "pink", "rose", "hot pink", "fuchsia", "magenta", "coral", "salmon", "bubblegum");
        b.term(COLOR, "red", "red", "scarlet", "crimson", "cherry", "tomato red", "bright red", "pillar box red");
        b.term(COLOR, "burgundy", "burgundy", "wine", "maroon", "oxblood", "claret", "bordeaux", "merlot",
                "dark red", "deep red");
        // Palettes people name as a whole.
        group(b, COLOR, List.of("cream", "beige", "sand"), "warm neutrals", "warm neutral", "warm neutral colours",
                "warm neutral colors");
        group(b, COLOR, List.of("white", "cream", "beige"), "neutral", "neutrals", "neutral colours",
                "neutral colors", "neutral tones", "neutral palette", "light colours", "light colors", "pale colours",
                "pale colors");
        group(b, COLOR, List.of("terracotta", "sand", "olive"), "earth tones", "earthy tones", "earthy colours",
                "earthy colors", "earth colours", "earth colors");
        group(b, COLOR, List.of("terracotta", "mustard", "rust"), "warm colours", "warm colors", "warm tones",
                "warm palette");
        group(b, COLOR, List.of("blue", "sage", "grey"), "cool colours", "cool colors", "cool tones", "cool palette");
        group(b, COLOR, List.of("blush", "light_blue", "lavender", "sage"), "pastel", "pastels", "pastel colours",
                "pastel colors", "pastel tones");
        group(b, COLOR, List.of("emerald", "navy", "burgundy"), "jewel tones", "jewel colours", "jewel colors",
                "jewel toned");
        group(b, COLOR, List.of("charcoal", "navy"), "dark colours", "dark colors", "dark tones", "deep colours",
                "deep colors");
        group(b, COLOR, List.of("black", "white"), "monochrome", "black and white");
    }

    private static void group(Builder b, VocabularyField field, List<String> values, String... phrases) {
        Term[] terms = values.stream().map(v -> new Term(field, v)).toArray(Term[]::new);
        for (String phrase : phrases) {
            b.terms(phrase, terms);
        }
    }

    private static void constraintsAndOccupants(Builder b) {
        Term pets = new Term(CONSTRAINT, "pets");
        Term kids = new Term(CONSTRAINT, "kids");
        b.term(CONSTRAINT, "pets", "pets", "pet friendly", "pet proof", "dog proof", "cat proof", "dog friendly",
                "cat friendly", "animals", "pet hair", "scratching");
        b.term(CONSTRAINT, "kids", "kid friendly", "child friendly", "childproof", "child proof", "kid proof",
                "family friendly", "babyproof", "baby proof", "little ones");
        b.term(CONSTRAINT, "budget_low", "on a budget", "budget", "tight budget", "low budget", "small budget",
                "limited budget", "cheap", "affordable", "inexpensive", "budget friendly", "shoestring", "low cost",
                "not much money", "frugal", "cheaply");
        b.term(CONSTRAINT, "budget_medium", "medium budget", "moderate budget", "mid range", "midrange",
                "reasonable budget", "flexible budget", "some budget", "average budget", "decent budget");
        b.term(CONSTRAINT, "budget_high", "big budget", "high budget", "large budget", "generous budget",
                "money is no object", "no budget limit", "splurge", "price is no object", "unlimited budget",
                "budget is not an issue");
        b.term(CONSTRAINT, "rental", "rental", "rent", "renting", "renter", "rented", "tenant", "landlord", "lease",
                "leased", "cant paint", "cannot paint", "no painting", "cant drill", "cannot drill", "no drilling",
                "not allowed to paint", "not allowed to drill");
        b.term(CONSTRAINT, "accessibility", "wheelchair", "accessible", "accessibility", "mobility", "walker",
                "step free", "disabled", "disability", "limited mobility");
        b.term(CONSTRAINT, "small_space", "small space", "small room", "small", "tiny", "compact", "cramped",
                "narrow", "not much space", "little space", "tight space", "studio", "not much room", "poky",
                "low ceiling", "low ceilings");
        b.term(CONSTRAINT, "allergies", "allergies", "allergy", "allergic", "asthma", "hypoallergenic",
                "dust allergy", "hay fever");

        b.term(OCCUPANT, "adult", "just me", "only me", "me alone", "myself", "i live alone", "alone", "on my own",
                "by myself", "me myself");
        b.term(OCCUPANT, "couple", "couple", "my partner", "partner", "husband", "wife", "boyfriend", "girlfriend",
                "spouse", "the two of us", "two of us", "both of us", "fiance", "fiancee", "just us", "us two");
        b.term(OCCUPANT, "family", "family", "whole family", "the family");
        b.term(OCCUPANT, "kids", "kids", "children", "child", "kid", "son", "daughter", "sons", "daughters");
        b.term(OCCUPANT, "toddler", "toddler", "toddlers");
        b.term(OCCUPANT, "baby", "baby", "newborn", "infant", "babies");
        b.term(OCCUPANT, "teenager", "teenager", "teenagers", "teen", "teens");
        b.term(OCCUPANT, "guests", "guests", "guest", "visitors", "visitor", "overnight guests");
        b.term(OCCUPANT, "roommates", "roommates", "roommate", "flatmates", "flatmate", "housemates", "housemate");
        b.term(OCCUPANT, "elderly", "elderly", "grandparents", "grandma", "grandpa", "grandmother", "grandfather",
                "older parents", "elderly parent", "elderly parents", "my elderly mother", "my elderly father");
        b.term(OCCUPANT, "dog", "dog", "dogs", "puppy", "puppies", "pup", "labrador", "retriever", "spaniel");
        b.term(OCCUPANT, "cat", "cat", "cats", "kitten", "kittens", "kitty");
        b.term(OCCUPANT, "pet", "pet", "rabbit", "bunny", "hamster", "guinea pig", "parrot", "bird", "birds",
                "tortoise", "fish tank");
        for (String phrase : List.of("dog", "dogs", "puppy", "puppies", "pup", "labrador", "retriever", "spaniel",
                "cat", "cats", "kitten", "kittens", "kitty", "pet", "rabbit", "bunny", "hamster", "guinea pig",
                "parrot", "bird", "birds", "tortoise", "fish tank")) {
            b.implies(phrase, pets);
        }
        for (String phrase : List.of("kids", "children", "child", "kid", "son", "daughter", "sons", "daughters",
                "toddler", "toddlers", "baby", "newborn", "infant", "babies")) {
            b.implies(phrase, kids);
        }
        b.implies("wheelchair", new Term(CONSTRAINT, "accessibility"));
        b.terms("family with kids", new Term(OCCUPANT, "family"), new Term(OCCUPANT, "kids"), kids);
    }

    private static void words(Builder b) {
        b.negation("no", "not", "never", "without", "hate", "hates", "hated", "dislike", "dislikes", "avoid",
                "avoiding", "nothing", "none", "dont", "doesnt", "isnt", "arent", "wont", "wouldnt", "shouldnt",
                "cant stand", "cannot stand", "not a fan of", "not keen on", "less", "fewer", "except",
                "rather than", "instead of", "anything but", "stay away from", "too", "too much", "no more",
                "neither", "nor", "sick of", "tired of", "fed up with", "get rid of", "ditch", "detest", "loathe",
                "no longer", "enough of", "allergic to", "away from", "not into", "minus", "lose the",
                "replace the", "nothing too");
        b.affirmation("love", "loves", "loved", "like", "likes", "want", "wants", "wanted", "prefer", "prefers",
                "adore", "keen on", "fan of", "into", "go for", "more", "with", "add", "plus", "make it", "lots of",
                "some", "maybe", "keep", "yes", "need", "needs", "dont mind", "wouldnt mind", "do like", "do love",
                "would like", "id like", "id love", "should be", "could be", "going for", "dream of", "dreaming of",
                "mostly", "mainly", "use", "just", "only", "bring in", "include", "including", "and also");
        b.correction("actually", "on second thought", "on second thoughts", "scratch that", "change that",
                "change it", "i meant", "i mean", "no wait", "correction", "changed my mind", "thinking again",
                "let me rephrase", "what i meant");
        b.correctionAndAffirmation("instead", "rather", "make that", "switch to", "swap to", "change to");
        b.transparent("really", "very", "particularly", "especially", "exactly", "that", "at all", "so", "super",
                "overly", "quite", "all", "the", "any", "anything", "too", "couple of", "a couple of",
                // Not about freshness or the room's status: "nothing, start fresh".
                "start fresh", "fresh start", "start from scratch", "from scratch");
        b.furnishing("sofa", "couch", "settee", "sectional", "armchair", "chair", "chairs", "table", "desk", "bed",
                "headboard", "wardrobe", "dresser", "chest of drawers", "rug", "carpet", "floor", "flooring", "floors",
                "floorboards", "curtains", "blinds", "shutters", "shelves", "shelf", "shelving", "bookcase",
                "bookshelf", "bookshelves", "cabinet", "cabinets", "cupboard", "cupboards", "worktop", "worktops",
                "countertop", "counter", "island", "lamp", "lamps", "floor lamp", "table lamp", "standing lamp",
                "reading lamp", "desk lamp", "chandelier", "pendant", "pendants", "mirror",
                "artwork", "art", "painting", "paintings", "pictures", "photos", "prints", "posters", "tv",
                "television", "fireplace", "mantel", "mantelpiece", "piano", "sideboard", "console", "bench", "stool",
                "stools", "ottoman", "pouf", "footstool", "cushions", "pillows", "throw", "throws", "bath", "bathtub",
                "tub", "shower", "sink", "basin", "vanity", "toilet", "windows", "window", "door", "doors", "ceiling",
                "walls", "wall", "radiator", "crib", "cot", "bunk bed", "toys", "books", "records", "coffee table",
                "dining table", "nightstand", "bedside table", "side table", "tv stand", "media unit", "units",
                "appliances", "oven", "fridge", "stove", "hob", "beams", "parquet", "wallpaper", "furniture",
                "recliner", "daybed", "futon", "bar", "bar stools", "hooks", "coat rack", "closet", "built ins",
                "built in", "alcove", "alcoves", "skirting", "panelling", "paneling", "cornice", "lights",
                "light fixtures", "light fitting", "kitchen units", "rugs", "vase", "vases", "plant pots",
                "desk chair", "office chair", "gaming chair", "sofa bed", "dining chairs", "splashback", "backsplash",
                "taps", "faucet", "fixtures", "fittings", "storage", "lighting", "light");
        b.designWord("colour", "colours", "color", "colors", "palette", "tone", "tones", "shade", "shades", "vibe",
                "vibes", "feel", "feeling", "feels", "atmosphere", "look", "looks", "style", "styles", "texture",
                "textures", "material", "materials", "finish", "finishes", "pattern", "patterns", "layout", "space",
                "decor", "design", "details", "detail", "shape", "shapes", "furnishings", "accents", "accent",
                "paint", "painted", "cosiness", "mood", "interior", "aesthetic", "room", "rooms", "corner", "nook",
                "light in", "brightness", "contrast", "proportions", "wood tones", "lines", "curves",
                "arrangement", "greenery", "open plan", "clutter", "mess", "messy", "dated", "cramped", "gloomy",
                "boring", "dull", "bland", "drab", "tired", "dingy", "ugly", "outdated", "old fashioned", "chaotic",
                "crowded", "noisy", "drafty", "draughty", "echoey", "awkward", "impractical", "cold");
    }

    // ---------------------------------------------------------------------------------------------- building

    private static final class Builder {

        private final Map<String, EntryDraft> drafts = new HashMap<>();

        void term(VocabularyField field, String value, String... phrases) {
            for (String phrase : phrases) {
                draft(phrase).terms.add(new Term(field, value));
            }
        }

        void terms(String phrase, Term... terms) {
            draft(phrase).terms.addAll(Arrays.asList(terms));
        }

        void whenNegated(String phrase, Term... terms) {
            draft(phrase).whenNegated.addAll(Arrays.asList(terms));
        }

        /** Terms the phrase itself says no to ("nothing too dark"). */
        void refused(String phrase, Term... terms) {
            draft(phrase).refused.addAll(Arrays.asList(terms));
        }

        void implies(String phrase, Term term) {
            draft(phrase).implied.add(term);
        }

        void negation(String... phrases) {
            for (String phrase : phrases) {
                draft(phrase).negation = true;
            }
        }

        void affirmation(String... phrases) {
            for (String phrase : phrases) {
                draft(phrase).affirmation = true;
            }
        }

        void correction(String... phrases) {
            for (String phrase : phrases) {
                draft(phrase).correction = true;
            }
        }

        void correctionAndAffirmation(String... phrases) {
            correction(phrases);
            affirmation(phrases);
        }

        void transparent(String... phrases) {
            for (String phrase : phrases) {
                EntryDraft draft = draft(phrase);
                // A word that is already a cue ("too") keeps its meaning; the others only pass a negation through.
                draft.transparent = !draft.negation;
            }
        }

        void furnishing(String... phrases) {
            for (String phrase : phrases) {
                draft(phrase).furnishing = true;
            }
        }

        void designWord(String... phrases) {
            for (String phrase : phrases) {
                draft(phrase).designWord = true;
            }
        }

        private EntryDraft draft(String phrase) {
            return drafts.computeIfAbsent(String.join(" ", Lexicon.words(phrase)), k -> new EntryDraft());
        }

        Map<String, Entry> build() {
            Map<String, Entry> entries = new HashMap<>();
            drafts.forEach((phrase, d) -> entries.put(phrase, new Entry(dedupe(d.terms), dedupe(d.whenNegated),
                    dedupe(d.implied), dedupe(d.refused), d.negation, d.affirmation, d.correction, d.transparent,
                    d.furnishing, d.designWord)));
            return Map.copyOf(entries);
        }

        private static List<Term> dedupe(List<Term> terms) {
            return terms.stream().distinct().toList();
        }
    }

    private static final class EntryDraft {
        final List<Term> terms = new ArrayList<>();
        final List<Term> whenNegated = new ArrayList<>();
        final List<Term> implied = new ArrayList<>();
        final List<Term> refused = new ArrayList<>();
        boolean negation;
        boolean affirmation;
        boolean correction;
        boolean transparent;
        boolean furnishing;
        boolean designWord;
    }
}
