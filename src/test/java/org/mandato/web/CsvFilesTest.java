package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsMarkedAsText() {
        assertThat(CsvFiles.cell("=HYPERLINK(\"https://example.org\",\"see\")")).isEqualTo("'=HYPERLINK(\"https://example.org\",\"see\")");
        assertThat(CsvFiles.cell("+1 more country")).isEqualTo("'+1 more country");
        assertThat(CsvFiles.cell("- trained 300 officials")).isEqualTo("'- trained 300 officials");
        assertThat(CsvFiles.cell("@risk")).isEqualTo("'@risk");
        assertThat(CsvFiles.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvFiles.cell("'=already marked by someone")).isEqualTo("''=already marked by someone");
    }

    @Test
    void plainNumbersTextAndEmptyCellsAreLeftAlone() {
        assertThat(CsvFiles.cell("-3.5")).isEqualTo("-3.5");
        assertThat(CsvFiles.cell("+12")).isEqualTo("+12");
        assertThat(CsvFiles.cell("Port of Spain 2009 ¶17")).isEqualTo("Port of Spain 2009 ¶17");
        assertThat(CsvFiles.cell("it's 3 = 3")).isEqualTo("it's 3 = 3");
        assertThat(CsvFiles.cell("'quoted'")).isEqualTo("'quoted'");
        assertThat(CsvFiles.cell(null)).isEmpty();
        assertThat(CsvFiles.cell(2026)).isEqualTo("2026");
    }

    @Test
    void readingTakesOffOnlyTheMark() {
        assertThat(CsvFiles.read("'=SUM(A1:A3)")).isEqualTo("=SUM(A1:A3)");
        assertThat(CsvFiles.read("''-x")).isEqualTo("'-x");
        assertThat(CsvFiles.read("'quoted'")).isEqualTo("'quoted'");
        assertThat(CsvFiles.read("'")).isEqualTo("'");
        assertThat(CsvFiles.read("-3.5")).isEqualTo("-3.5");
        assertThat(CsvFiles.read(null)).isNull();
    }

    @Property(tries = 500)
    void everyValueComesBackAsItWasAndNoWrittenCellStartsAFormula(@ForAll("cellValues") String value) {
        String written = CsvFiles.cell(value);

        assertThat(CsvFiles.read(written)).isEqualTo(value);
        if (!value.matches("[+-]?\\d+(\\.\\d+)?")) {
            assertThat(written).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                    .doesNotStartWith("\t").doesNotStartWith("\r");
        }
    }

    @Test
    void aFileHoldsTheHeaderAndMarkedCellsInRfc4180() throws Exception {
        String csv = CsvFiles.write(List.of("title", "value"),
                List.of(List.of("=1+1", "-2"), Arrays.asList("a, \"b\"\nc", null)));

        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("title")).isEqualTo("'=1+1");
        assertThat(records.get(0).get("value")).isEqualTo("-2");
        assertThat(records.get(1).get("title")).isEqualTo("a, \"b\"\nc");
        assertThat(records.get(1).get("value")).isEmpty();
    }

    @Provide
    Arbitrary<String> cellValues() {
        return Arbitraries.strings().withChars("=+-@'\t\r\n 0123456789.abcÁ,\"").ofMaxLength(12);
    }
}
