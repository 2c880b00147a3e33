package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesAsRfc4180Says() throws IOException {
        StringWriter out = new StringWriter();
        Csv.row(out, Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", null, 42, -1, 0.5));
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,,42,-1,0.5\r\n", out.toString());
    }

    @Test
    void formulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://evil\")", Csv.neutralise("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+33 1 23", Csv.neutralise("+33 1 23"));
        assertEquals("'-2+3", Csv.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", Csv.neutralise("@SUM(A1)"));
        assertEquals("'\tx", Csv.neutralise("\tx"));
        assertEquals("a=b", Csv.neutralise("a=b"));
        assertEquals("\"'=1+2,3\"", Csv.cell("=1+2,3"), "neutralised, then quoted");
        assertEquals("-1", Csv.cell(-1), "our own numbers are not text");
    }
}
