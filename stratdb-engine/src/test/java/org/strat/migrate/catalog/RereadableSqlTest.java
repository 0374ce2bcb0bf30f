package org.strat.migrate.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RereadableSqlTest {

    @Test
    void anArrayCastToAnotherElementTypeIsFirstCastToItsOwn() {
        assertThat(RereadableSql.of("CHECK (((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))"))
                .isEqualTo("CHECK (((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying]::character varying[])::text[])))");
        assertThat(RereadableSql.of("WHERE s::text = ANY (ARRAY['x'::character varying]::text[])"))
                .isEqualTo("WHERE s::text = ANY (ARRAY['x'::character varying]::character varying[]::text[])");
    }

    @Test
    void everythingElseIsLeftAsPrinted() {
        assertThat(RereadableSql.of("CHECK ((n = ANY (ARRAY[1, 2])))")).isEqualTo("CHECK ((n = ANY (ARRAY[1, 2])))");
        assertThat(RereadableSql.of("CHECK ((s = 'ARRAY[''a''::text]'::text))")).isEqualTo("CHECK ((s = 'ARRAY[''a''::text]'::text))");
        assertThat(RereadableSql.of("ARRAY['a'::text, 1::integer]::text[]")).isEqualTo("ARRAY['a'::text, 1::integer]::text[]");
    }
}
