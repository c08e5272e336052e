package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcledCsvTest {

    @Test
    void shouldReadQuotedNotesWithCommasQuotesAndLineBreaks() throws Exception {
        String csv = """
                event_id_cnty,event_date,country,notes,fatalities
                MLI1,03 March 2021,Mali,"On 3 March 2021, gunmen attacked Boni, a ""strategic"" town.
                Two soldiers were killed.",2
                MLI2,04 March 2021,Mali,"On 4 March 2021, calm in Mopti.",0
                """;
        AcledCsv.Result result = AcledCsv.read(new StringReader(csv));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        AcledRow first = result.rows().get(0);
        assertThat(first.id()).isEqualTo("MLI1");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.get("notes")).isEqualTo(
                "On 3 March 2021, gunmen attacked Boni, a \"strategic\" town.\nTwo soldiers were killed.");
        assertThat(first.get("fatalities")).isEqualTo("2");
        assertThat(first.get("admin1")).isEmpty();
        assertThat(first.has("admin1")).isFalse();
        assertThat(result.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void shouldReportRowsWithTheWrongNumberOfCellsByLineAndKeepGoing() throws Exception {
        String csv = """
                country,notes,fatalities
                Mali,"Gunmen attacked Boni.",2
                Mali,"one cell short"

                Niger,"Too, many",cells,here
                Niger,"Protest in Niamey.",0
                """;
        AcledCsv.Result result = AcledCsv.read(new StringReader(csv));

        assertThat(result.rows()).extracting(AcledRow::line).containsExactly(2, 6);
        assertThat(result.rows().get(1).id()).isEqualTo("#4"); // no event_id_cnty: the data-row number
        assertThat(result.problems()).extracting(AcledCsv.Problem::line).containsExactly(3, 5);
        assertThat(result.problems().get(0).message()).contains("2 cells").contains("3 columns");
    }

    @Test
    void shouldReportAnUnclosedQuoteInsteadOfFailing() throws Exception {
        String csv = "country,notes\nMali,\"fine\"\nMali,\"never closed\n";
        AcledCsv.Result result = AcledCsv.read(new StringReader(csv));

        assertThat(result.rows()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("malformed CSV");
        });
    }

    @Test
    void shouldNameTheMissingRequiredColumnAndListTheColumnsFound() {
        String csv = "event_id_cnty,event_date,country,admin1\nMLI1,03 March 2021,Mali,Mopti\n";

        assertThatThrownBy(() -> AcledCsv.read(new StringReader(csv)))
                .isInstanceOf(AcledCsv.MissingColumnException.class)
                .hasMessage("missing required column notes; the header has: event_id_cnty, event_date, country, admin1");
    }

    @Test
    void shouldRequireANamedLanguageColumnWhenAsked() {
        String csv = "country,notes\nMali,\"Gunmen attacked Boni.\"\n";

        assertThatThrownBy(() -> AcledCsv.read(new StringReader(csv), List.of("lang")))
                .isInstanceOf(AcledCsv.MissingColumnException.class)
                .hasMessageContaining("missing required column lang")
                .hasMessageContaining("the header has: country, notes");
    }

    @Test
    void shouldMatchHeaderNamesIgnoringCaseSpaceAndByteOrderMark() throws Exception {
        String csv = "\uFEFFCountry , NOTES\nMali,\"Gunmen attacked Boni.\"\n";
        AcledCsv.Result result = AcledCsv.read(new StringReader(csv));

        assertThat(result.columns()).containsExactly("country", "notes");
        assertThat(result.rows().get(0).get("country")).isEqualTo("Mali");
    }
}
