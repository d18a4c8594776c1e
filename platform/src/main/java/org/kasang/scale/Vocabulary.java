package org.kasang.scale;

import java.util.SplittableRandom;

/**
 * The small stock of real words that generated text is made from: the programme's nouns in English and Khmer,
 * Cambodian names, and the sentences CBO members, coaches and trainers write. Synthetic, but it reads like the
 * domain and searches like it (the trigram indexes see real Khmer and English words).
 */
final class Vocabulary {

    /** English, Khmer. */
    static final String[][] WORDS = {
            {"budget", "ថវិកា"}, {"commune", "ឃុំ"}, {"commune council", "ក្រុមប្រឹក្សាឃុំ"},
            {"advocacy", "ការតស៊ូមតិ"}, {"public forum", "វេទិកាសាធារណៈ"}, {"health centre", "មណ្ឌលសុខភាព"},
            {"primary school", "សាលាបឋមសិក្សា"}, {"women", "ស្ត្រី"}, {"youth", "យុវជន"},
            {"people with disabilities", "ជនមានពិការភាព"}, {"clean water", "ទឹកស្អាត"}, {"village road", "ផ្លូវភូមិ"},
            {"public information", "ព័ត៌មានសាធារណៈ"}, {"development plan", "ផែនការអភិវឌ្ឍន៍"},
            {"investment programme", "កម្មវិធីវិនិយោគ"}, {"accountability", "គណនេយ្យភាព"}, {"citizens", "ប្រជាពលរដ្ឋ"},
            {"public services", "សេវាសាធារណៈ"}, {"meeting", "កិច្ចប្រជុំ"}, {"savings group", "ក្រុមសន្សំប្រាក់"},
            {"farmers", "កសិករ"}, {"commune fund", "មូលនិធិឃុំ"}, {"report", "របាយការណ៍"},
            {"gender equality", "សមភាពយេនឌ័រ"}, {"village", "ភូមិ"}, {"district", "ស្រុក"}, {"province", "ខេត្ត"},
            {"community", "សហគមន៍"}, {"members", "សមាជិក"}, {"rights", "សិទ្ធិ"}, {"participation", "ការចូលរួម"},
            {"transparency", "តម្លាភាព"}, {"monitoring", "ការតាមដាន"}, {"scorecard", "ប័ណ្ណដាក់ពិន្ទុ"},
            {"letter", "លិខិត"}, {"petition", "ញត្តិ"}, {"leadership", "ភាពជាអ្នកដឹកនាំ"},
            {"record keeping", "ការកត់ត្រាឯកសារ"}, {"action plan", "ផែនការសកម្មភាព"},
            {"local authorities", "អាជ្ញាធរមូលដ្ឋាន"}};

    /** Lesson sentences with {a}, {b}, {c} for words: English, Khmer. */
    private static final String[][] SENTENCES = {
            {"Every {a} in the {b} has a part to play.", "{a}នីមួយៗ នៅក្នុង{b} មានតួនាទីរបស់ខ្លួន។"},
            {"Ask the {a} politely for a copy of the {b}.", "សូមស្នើសុំច្បាប់ចម្លង{b} ពី{a} ដោយគួរសម។"},
            {"The {a} decides on the {b} each year.", "{a} សម្រេចលើ{b} ជារៀងរាល់ឆ្នាំ។"},
            {"Members of the CBO talk about {a} and {b} at their meeting.",
                    "សមាជិកអង្គការសហគមន៍ពិភាក្សាអំពី{a} និង{b} នៅក្នុងកិច្ចប្រជុំរបស់ពួកគេ។"},
            {"Write down what you learned about {a}.", "សូមកត់ត្រានូវអ្វីដែលអ្នកបានរៀនអំពី{a}។"},
            {"Good {a} helps {b} and {c}.", "{a}ល្អ ជួយដល់{b} និង{c}។"},
            {"Plan how your CBO will follow up on {a}.", "សូមរៀបចំផែនការពីរបៀបដែលអង្គការសហគមន៍របស់អ្នកនឹងតាមដាន{a}។"},
            {"Look for the {a} on the commune information board.", "សូមរកមើល{a} នៅលើក្ដារព័ត៌មានរបស់ឃុំ។"}};

    static final String[] FAMILY = {"Chan", "Sok", "Keo", "Lim", "Meas", "Ros", "Nhem", "Touch", "Sam", "Chea", "Heng",
            "Ouk", "Pich", "Phan", "Yim", "Hun", "Seng", "Kim", "Ly", "Mao", "Nget", "Prak", "Sao", "Tep", "Vong", "Chhim",
            "Khim", "Long", "Nuon", "Srey"};
    static final String[] GIVEN_WOMEN = {"Sokha", "Sreyleak", "Chenda", "Bopha", "Sophea", "Kanha", "Dalin", "Thida",
            "Sreymom", "Chanthou", "Rachana", "Sokunthea", "Malis", "Phalla", "Vanny", "Sreynich", "Kolab", "Leakhena",
            "Monika", "Sothea", "Channary", "Pisey", "Sophorn", "Davy"};
    static final String[] GIVEN_MEN = {"Vibol", "Rithy", "Sovann", "Dara", "Visal", "Sambath", "Kosal", "Rotha",
            "Sopheak", "Vuthy", "Chamroeun", "Sokhom", "Bunthoeun", "Narith", "Piseth", "Samnang", "Veasna", "Kimsan",
            "Sothy", "Makara", "Chivorn", "Pheakdey", "Ratha", "Seyha"};

    static final String[] CBO_KINDS = {"Youth Network", "Women's Group", "Community Budget Watch", "Farmers' Association",
            "Water Users Group", "Community Fishery", "Savings Group", "Disability Self-Help Group", "Community Forestry",
            "Parents' Association", "Health Centre Support Group", "Street Vendors Association"};
    static final String[] FOCUS = {"Commune budget hearings", "Youth services", "Gender budgeting",
            "Health centre services", "Primary school services", "Irrigation", "Clean water", "Village roads",
            "Savings and credit", "Access to information", "Disability inclusion", "Land and forest"};

    static final String[] SESSION_TOPICS = {"Reviewed the commune budget with the committee",
            "Planned the visit to the health centre", "Practised questions for the public forum",
            "Checked the savings group's records", "Discussed members' progress in the courses",
            "Prepared a letter to the commune council", "Filled in the community scorecard",
            "Agreed who speaks at the council meeting", "Looked at the commune investment programme together"};
    static final String[] ACTIONS = {"Share the commune budget with all members",
            "Ask the commune clerk for the investment programme", "Book the meeting room at the pagoda",
            "Send the letter to the commune council", "Collect the scorecards from the villages",
            "Invite the health centre chief to the next meeting", "Help two members start the budget course"};
    static final String[] OWNERS = {"CBO leader", "Secretary", "Treasurer", "Youth representative", "Coach",
            "Women's representative"};

    static final String[][] HELP = {
            {"I do not understand this part about {a}.", "ខ្ញុំមិនយល់ផ្នែកនេះអំពី{a}ទេ។"},
            {"Can you explain {a} again, please?", "តើលោកគ្រូអាចពន្យល់អំពី{a}ម្ដងទៀតបានទេ?"},
            {"The audio does not play on my phone.", "សំឡេងមិនដំណើរការនៅលើទូរស័ព្ទរបស់ខ្ញុំទេ។"}};
    static final String[][] ANSWERS = {
            {"Read the second part again and look at the example about {a}. We will talk about it at the next meeting.",
                    "សូមអានផ្នែកទីពីរម្ដងទៀត ហើយមើលឧទាហរណ៍អំពី{a}។ យើងនឹងពិភាក្សាអំពីរឿងនេះនៅកិច្ចប្រជុំលើកក្រោយ។"},
            {"Good question: {a} is decided by the commune council. Ask your CBO leader for the printed sheet.",
                    "សំណួរល្អ៖ {a} ត្រូវបានសម្រេចដោយក្រុមប្រឹក្សាឃុំ។ សូមសុំសន្លឹកដែលបានបោះពុម្ពពីប្រធានអង្គការសហគមន៍។"}};

    static final String[][] ISSUES = {
            {"Commune planning and budgeting for social services", "Commune council"},
            {"Opening hours of the health centre", "Operational district health office"},
            {"Teachers' attendance at the primary school", "District office of education"},
            {"Waiting times at the one window service office", "District administration"},
            {"Commune road repair in the budget", "Commune council"},
            {"Safe water point for the village", "District administration"},
            {"Budget for the commune's youth council", "Provincial council"},
            {"Low-income families left out of the ID-Poor list", "Commune council"},
            {"Access to information law: the draft", "Ministry of Information"}};

    private static final char[] KHMER_DIGITS = {'០', '១', '២', '៣', '៤', '៥', '៦', '៧', '៨', '៩'};

    private Vocabulary() {
    }

    static String en(int word) {
        return WORDS[Math.floorMod(word, WORDS.length)][0];
    }

    static String km(int word) {
        return WORDS[Math.floorMod(word, WORDS.length)][1];
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String khmerNumber(int n) {
        StringBuilder text = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            text.append(KHMER_DIGITS[c - '0']);
        }
        return text.toString();
    }

    /** Fills {a}, {b}, {c} with the words at these indexes in the given language (0 English, 1 Khmer). */
    static String fill(String template, int language, int a, int b, int c) {
        return template.replace("{a}", WORDS[Math.floorMod(a, WORDS.length)][language])
                .replace("{b}", WORDS[Math.floorMod(b, WORDS.length)][language])
                .replace("{c}", WORDS[Math.floorMod(c, WORDS.length)][language]);
    }

    /** A lesson body in Markdown, in both languages: a heading word, two short paragraphs and a list. */
    static String[] lessonBody(SplittableRandom random, int topic) {
        StringBuilder en = new StringBuilder();
        StringBuilder km = new StringBuilder();
        for (int paragraph = 0; paragraph < 2; paragraph++) {
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String[] pair = SENTENCES[random.nextInt(SENTENCES.length)];
                int a = paragraph == 0 && s == 0 ? topic : random.nextInt(WORDS.length);
                int b = random.nextInt(WORDS.length);
                int c = random.nextInt(WORDS.length);
                en.append(s == 0 ? "" : " ").append(fill(pair[0], 0, a, b, c));
                km.append(s == 0 ? "" : " ").append(fill(pair[1], 1, a, b, c));
            }
            en.append("\n\n");
            km.append("\n\n");
        }
        for (int item = 0; item < 3; item++) {
            int w = random.nextInt(WORDS.length);
            en.append("- ").append(capitalised(en(w))).append('\n');
            km.append("- ").append(km(w)).append('\n');
        }
        return new String[] {en.toString(), km.toString()};
    }

    static String name(SplittableRandom random, boolean woman) {
        String[] given = woman ? GIVEN_WOMEN : GIVEN_MEN;
        return FAMILY[random.nextInt(FAMILY.length)] + " " + given[random.nextInt(given.length)];
    }
}
