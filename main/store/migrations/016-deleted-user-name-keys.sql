-- An employee deleted over SCIM had no userName key (004: NULL freed the name for the identity
-- provider's next create of it), so the directory's search, which reads the key (014's search_text and
-- the prefix ranges), could not find a departed employee by the userName an administrator remembers.
-- The key is now the folded name, a NUL and the row's id, as 004 gave a clashing older name: a search
-- by the start of the name finds it, while no exact lookup (the identity provider's create or takeover,
-- a placements file) ever equals it, and it stays unique. The repositories write it the same way.
UPDATE employees SET user_name_key = fold_case(user_name) || char(0) || id WHERE scim_deleted_at IS NOT NULL;
