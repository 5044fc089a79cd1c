// The same extension-host suite in desktop (Electron) VS Code through @vscode/test-electron, for
// machines that have a VS Code binary (these cannot download one; ../run.ts uses code-server):
//   NIANBAO_VSCODE_EXECUTABLE=/path/to/code node out/test/e2e/electron/run.js
//   node out/test/e2e/electron/run.js --vscode /path/to/code
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { prepareWorkspace } from '../workspace';

const ROOT = resolve(__dirname, '..', '..', '..', '..');

async function main(): Promise<number> {
  const flag = process.argv.indexOf('--vscode');
  const vscodeExecutablePath = flag > 0 ? process.argv[flag + 1] : process.env['NIANBAO_VSCODE_EXECUTABLE'];
  if (!vscodeExecutablePath) {
    console.error('electron e2e: give a VS Code binary (--vscode PATH or NIANBAO_VSCODE_EXECUTABLE); without one use node out/test/e2e/run.js (code-server)');
    return 2;
  }
  const temp = mkdtempSync(join(tmpdir(), 'nianbao-electron-'));
  try {
    const workspace = join(temp, 'workspace');
    prepareWorkspace(ROOT, workspace);
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(temp, 'user-data')],
    });
  } catch (error) {
    console.error(`electron e2e: ${String(error)}`);
    return 1;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
