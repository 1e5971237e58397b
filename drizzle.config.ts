import { defineConfig } from 'drizzle-kit';

/** drizzle-kit reads the store's schema and writes SQL migrations that `createStore` applies at start. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './src/store/migrations',
});
