// Migrations are .sql files imported as text (esbuild's text loader, a Vite plugin under Vitest).
declare module '*.sql' {
  const sql: string;
  export default sql;
}
