// Entry point of `nianbao-language-server --stdio` (also `--node-ipc`, `--socket=N`).
// stdout carries JSON-RPC: nothing else may be written there, so console output goes to stderr
// until the connection takes it over (vscode-languageserver then routes it to the client's log).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

for (const method of ['log', 'info', 'debug', 'trace', 'dir'] as const) {
  console[method] = (...args: unknown[]) => console.error(...args);
}
process.on('uncaughtException', (error) => console.error('nianbao: uncaught', error));
process.on('unhandledRejection', (error) => console.error('nianbao: unhandled rejection', error));

startServer(createConnection(ProposedFeatures.all));
