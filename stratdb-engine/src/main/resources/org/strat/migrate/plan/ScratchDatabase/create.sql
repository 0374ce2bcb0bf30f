-- template0 takes any encoding and locale, and nobody can be connected to it (template1 may have sessions, which
-- CREATE DATABASE refuses). The live database's encoding and locale keep text types and collations behaving alike.
SELECT format('CREATE DATABASE %I TEMPLATE template0 ENCODING %L LC_COLLATE %L LC_CTYPE %L',
              ?, pg_encoding_to_char(encoding), datcollate, datctype)
FROM pg_database
WHERE datname = current_database()
