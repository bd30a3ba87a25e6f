-- An employee's change history (the Employees dialog's "Change history", employees:history): the audit
-- rows about one target, newest first, found by this index instead of a walk of the whole log. Audit
-- rows are written by administrators' changes and user management API writes, so the extra index entry
-- costs those writes, not the identity provider's SCIM traffic.
CREATE INDEX audit_log_target ON audit_log (target, id);
