// The ordered list of schema migrations. Append only: a released migration is never edited.
import initial from './001-initial.sql';
import tokens from './002-tokens.sql';
import scim from './003-scim.sql';
import caseKeys from './004-case-keys.sql';
import employeeDirectory from './005-employee-directory.sql';
import apiTokens from './006-api-tokens.sql';
import operators from './007-operators.sql';
import directorySearchKeys from './008-directory-search-keys.sql';
import tokenSignatureForm from './009-token-signature-form.sql';
import listPaging from './010-list-paging.sql';
import connectionProbe from './011-connection-probe.sql';
import activityFilters from './012-activity-filters.sql';
import activityTextIndex from './013-activity-text-index.sql';
import directorySearchText from './014-directory-search-text.sql';
import employeeHistory from './015-employee-history.sql';
import deletedUserNameKeys from './016-deleted-user-name-keys.sql';
import directorySortGaps from './017-directory-sort-gaps.sql';
import directorySearchPrefixes from './018-directory-search-prefixes.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001-initial', sql: initial },
  { version: 2, name: '002-tokens', sql: tokens },
  { version: 3, name: '003-scim', sql: scim },
  { version: 4, name: '004-case-keys', sql: caseKeys },
  { version: 5, name: '005-employee-directory', sql: employeeDirectory },
  { version: 6, name: '006-api-tokens', sql: apiTokens },
  { version: 7, name: '007-operators', sql: operators },
  { version: 8, name: '008-directory-search-keys', sql: directorySearchKeys },
  { version: 9, name: '009-token-signature-form', sql: tokenSignatureForm },
  { version: 10, name: '010-list-paging', sql: listPaging },
  { version: 11, name: '011-connection-probe', sql: connectionProbe },
  { version: 12, name: '012-activity-filters', sql: activityFilters },
  { version: 13, name: '013-activity-text-index', sql: activityTextIndex },
  { version: 14, name: '014-directory-search-text', sql: directorySearchText },
  { version: 15, name: '015-employee-history', sql: employeeHistory },
  { version: 16, name: '016-deleted-user-name-keys', sql: deletedUserNameKeys },
  { version: 17, name: '017-directory-sort-gaps', sql: directorySortGaps },
  { version: 18, name: '018-directory-search-prefixes', sql: directorySearchPrefixes },
];
