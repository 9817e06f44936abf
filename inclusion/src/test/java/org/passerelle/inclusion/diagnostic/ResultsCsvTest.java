package org.passerelle.inclusion.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.core.error.RuleViolationException;

class ResultsCsvTest {

    @Test
    void lines_are_read_with_either_delimiter_and_line_ending() {
        List<ResultsCsv.Line> lines = ResultsCsv.parse("email;competence;level\r\nAnne@Linxe.fr;4.1;1\r\n\r\nbruno@linxe.fr;1.1;8");
        assertEquals(List.of(new ResultsCsv.Line(2, "anne@linxe.fr", Competence.C4_1, 1),
                new ResultsCsv.Line(4, "bruno@linxe.fr", Competence.C1_1, 8)), lines);
        assertEquals(1, ResultsCsv.parse("competence,level,email,note\n2.4,0,chloe@linxe.fr,absente\n").size());
    }

    @Test
    void a_bad_cell_names_its_line_and_column_even_on_a_last_line_without_line_break() {
        assertEquals("line 3, level", refusal("email,competence,level\na@linxe.fr,4.1,1\nb@linxe.fr,4.1,9"));
        assertEquals("line 2, level", refusal("email,competence,level\na@linxe.fr,4.1,un\n"));
        assertEquals("line 2, competence", refusal("email,competence,level\na@linxe.fr,4.5,1\n"));
        assertEquals("line 2, email", refusal("email,competence,level\nanne,4.1,1\n"));
        assertEquals("line 2, level", refusal("email,competence,level\na@linxe.fr,4.1\n"));
        assertEquals("line 1, level", refusal("email,competence\na@linxe.fr,4.1\n"));
        assertEquals("line 1, email", refusal(" "));
    }

    private static String refusal(String csv) {
        return assertThrows(RuleViolationException.class, () -> ResultsCsv.parse(csv)).field();
    }
}
