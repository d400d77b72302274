/**
 * The schema, as numbered migrations. Both stores run the same SQL (PGlite is PostgreSQL), each migration once,
 * in order, on first start; a database records what it ran in `hearken_migrations`. Add a migration at the end;
 * never edit one that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'answers',
    // `record` keeps the answer exactly as it was posted (JSON text, so nothing is reordered or normalised);
    // the columns beside it are what the dashboard filters and counts by.
    sql: `
      CREATE TABLE hearken_answers (
        seq bigserial PRIMARY KEY,
        id text NOT NULL,
        survey text NOT NULL,
        score integer NOT NULL,
        scale_min integer NOT NULL,
        scale_max integer NOT NULL,
        segment text NOT NULL,
        touchpoint text,
        locale text NOT NULL,
        visitor_id text NOT NULL,
        user_id text,
        answered_at timestamptz NOT NULL,
        day date NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        has_contact boolean NOT NULL DEFAULT false,
        done boolean NOT NULL DEFAULT false,
        record text NOT NULL,
        CONSTRAINT hearken_answers_id_key UNIQUE (id)
      );
      CREATE INDEX hearken_answers_survey_day ON hearken_answers (survey, day);
      CREATE INDEX hearken_answers_day ON hearken_answers (day);
      CREATE INDEX hearken_answers_touchpoint ON hearken_answers (touchpoint, day);
      CREATE INDEX hearken_answers_locale ON hearken_answers (locale, day);
      CREATE INDEX hearken_answers_visitor ON hearken_answers (visitor_id);
      CREATE INDEX hearken_answers_user ON hearken_answers (user_id) WHERE user_id IS NOT NULL;
      CREATE INDEX hearken_answers_contact ON hearken_answers (answered_at DESC) WHERE has_contact;
    `,
  },
];
