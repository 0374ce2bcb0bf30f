-- Gives the rebuilt relation (:new) the owner and the privileges of the one it replaces (:old), inside the swap's
-- transaction, so that the application's role can read the stat view at every moment after the swap as before.
DO $$
DECLARE
    old_relation oid := to_regclass(:old);
    granted record;
BEGIN
    IF (SELECT relowner FROM pg_class WHERE oid = old_relation) <> (SELECT relowner FROM pg_class WHERE oid = to_regclass(:new)) THEN
        EXECUTE format('ALTER MATERIALIZED VIEW %s OWNER TO %I', to_regclass(:new),
                       pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = old_relation)));
    END IF;
    FOR granted IN
        SELECT a.privilege_type, a.grantee, a.is_grantable
        FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = old_relation AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('GRANT %s ON %s TO %s%s', granted.privilege_type, to_regclass(:new),
                       CASE WHEN granted.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(granted.grantee)) END,
                       CASE WHEN granted.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
END
$$
