// Entry point bundled to dist/server.js: `node dist/server.js --stdio` (or `--node-ipc` from the extension).
// Other programs (the CLI's `stowage lsp`) import `startServer` from './startServer' instead of this file.
import { startServer } from './startServer';

startServer();
