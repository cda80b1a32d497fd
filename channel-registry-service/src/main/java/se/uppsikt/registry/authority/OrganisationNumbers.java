package se.uppsikt.registry.authority;

/**
 * Swedish organisation numbers (NNNNNN-NNNN) end in a Luhn check digit, as Skatteverket assigns them; checking it
 * catches the typo that would otherwise attach channels to a non-existent records creator.
 */
final class OrganisationNumbers {

    private OrganisationNumbers() {
    }

    static boolean isValid(String organisationNumber) {
        String digits = organisationNumber.replace("-", "");
        if (!digits.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
