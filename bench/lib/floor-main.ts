/**
 * The floor of the calling benchmark: a bare Express endpoint that only answers 202, in a process of its
 * own like the server. `tsx bench/lib/floor-main.ts <port>`. Prints `listening <url>`.
 */
import express from 'express';

const port = Number(process.argv[2] ?? 0);
const app = express();
app.post('/api/calling', express.raw({ type: () => true, limit: '1mb' }), (_req, res) => {
  res.status(202).end();
});
const server = app.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
