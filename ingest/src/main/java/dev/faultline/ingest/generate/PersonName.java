package dev.faultline.ingest.generate;

/**
 * A person's name, unique within a company: 10,000 first-last pairs, then the same pairs with a
 * number ({@code amelia.ross2}).
 */
record PersonName(String first, String last, int suffix) {

    private static final String[] FIRST = {
        "Amelia", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
        "Kemi", "Liam", "Maya", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sam", "Tara",
        "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Aaron", "Bianca", "Chen", "Dana",
        "Emil", "Fatima", "Gabriel", "Hana", "Igor", "Julia", "Kai", "Lena", "Marco", "Nina",
        "Omar", "Priya", "Rafael", "Sofia", "Tomas", "Uma", "Victor", "Wanda", "Yara", "Zane",
        "Alice", "Bruno", "Chloe", "Diego", "Eva", "Felix", "Gina", "Hugo", "Ivy", "Jack",
        "Kira", "Leo", "Mila", "Nils", "Oscar", "Paula", "Ravi", "Sara", "Theo", "Ulla",
        "Vikram", "Willa", "Xavier", "Yasmin", "Zara", "Adam", "Beatriz", "Colin", "Daria", "Ethan",
        "Freya", "George", "Helen", "Isaac", "Jade", "Karl", "Lucia", "Mohamed", "Nora", "Otto",
        "Petra", "Rui", "Selin", "Tobias", "Ursula", "Valentin", "Wendy", "Yosef", "Zeynep", "Anika",
    };
    private static final String[] LAST = {
        "Ross", "Nguyen", "Silva", "Okafor", "Schmidt", "Tanaka", "Garcia", "Kowalski", "Haddad", "Murphy",
        "Rossi", "Ivanova", "Chen", "Patel", "Johansson", "Dubois", "Moreno", "Kim", "Novak", "Walsh",
        "Costa", "Yilmaz", "Fischer", "Singh", "Andersen", "Lopez", "Nakamura", "Petrov", "Brown", "Mensah",
        "Romero", "Weber", "Sato", "Ali", "Larsen", "Fernandez", "Wagner", "Kumar", "Olsen", "Martin",
        "Herrera", "Becker", "Suzuki", "Khan", "Nielsen", "Gomez", "Hoffmann", "Das", "Berg", "Thomas",
        "Castro", "Keller", "Ito", "Hussain", "Lund", "Diaz", "Wolf", "Rao", "Holm", "Moore",
        "Vargas", "Braun", "Kato", "Rahman", "Dahl", "Ruiz", "Neumann", "Iyer", "Strand", "Clark",
        "Mendez", "Zimmer", "Mori", "Aziz", "Lind", "Torres", "Krause", "Shah", "Eriksen", "Lewis",
        "Ortiz", "Vogel", "Ogawa", "Karim", "Sund", "Ramos", "Hartmann", "Menon", "Falk", "Young",
        "Navarro", "Lange", "Abe", "Farouk", "Ek", "Molina", "Peters", "Joshi", "Aalto", "King",
    };
    private static final int PAIRS = FIRST.length * LAST.length;
    private static final int SPREAD = 7919;

    /** The name of person number {@code number} of company {@code company}. */
    static PersonName of(int company, int number) {
        int pair = (int) (((long) (number % PAIRS) * SPREAD + 1237L * company) % PAIRS);
        int round = number / PAIRS;
        return new PersonName(FIRST[pair % FIRST.length], LAST[pair / FIRST.length], round == 0 ? 0 : round + 1);
    }

    /** {@code amelia.ross}, {@code amelia.ross2}. */
    String login() {
        String login = first.toLowerCase(java.util.Locale.ROOT) + "." + last.toLowerCase(java.util.Locale.ROOT);
        return suffix == 0 ? login : login + suffix;
    }

    /** {@code amelia-ross}, as GitHub logins go. */
    String handle() {
        return login().replace('.', '-');
    }

    String display() {
        return first + " " + last;
    }

    /** {@code Ross, Amelia}, as AD display names often go. */
    String reversed() {
        return last + ", " + first;
    }
}
