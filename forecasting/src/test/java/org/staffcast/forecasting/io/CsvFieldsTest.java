package org.staffcast.forecasting.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    @Test
    void splitsQuotedFieldsAsRfc4180() {
        assertEquals(List.of("a", "b,c", "say \"hi\"", ""), CsvFields.split("a,\"b,c\",\"say \"\"hi\"\"\","));
        assertEquals(List.of(""), CsvFields.split(""));
        assertEquals(List.of("Zürich ☎", "x"), CsvFields.split("Zürich ☎,x"));
    }

    @Test
    void quoteOnlyWhenNeeded() {
        assertEquals("voice-en", CsvFields.quote("voice-en"));
        assertEquals("\"Sales, north\"", CsvFields.quote("Sales, north"));
        assertEquals("\"a\"\"b\"", CsvFields.quote("a\"b"));
    }

    @Test
    void quoteThenSplitIsTheIdentityOnRandomFields() {
        SplittableRandom rnd = new SplittableRandom(42);
        String alphabet = "ab, \"\r\nü☎";
        for (int n = 0; n < 500; n++) {
            String[] fields = new String[1 + rnd.nextInt(4)];
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < fields.length; i++) {
                StringBuilder f = new StringBuilder();
                for (int k = rnd.nextInt(6); k > 0; k--) {
                    char c = alphabet.charAt(rnd.nextInt(alphabet.length()));
                    if (c != '\n' && c != '\r') {
                        f.append(c);
                    }
                }
                fields[i] = f.toString();
                line.append(i == 0 ? "" : ",").append(CsvFields.quote(fields[i]));
            }
            assertEquals(List.of(fields), CsvFields.split(line.toString()), line.toString());
        }
    }
}
