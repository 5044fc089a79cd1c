// The preview's part of package.json: the two commands (Chinese titles 打开预览 / 在侧边打开预览),
// the editor title button, the Markdown preview's key bindings, all for the report language only,
// the activation event that lets a preview come back after a window reload, and the files the
// .vsix must carry for the page to load.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { repoRoot } from '../support/fixtures';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; icon?: string }>;
    menus: Record<string, Array<{ command: string; when?: string; alt?: string; group?: string }>>;
    keybindings: Array<{ command: string; key: string; mac?: string; when?: string }>;
  };
}

const read = (name: string) => JSON.parse(readFileSync(join(repoRoot(), name), 'utf8')) as unknown;
const manifest = read('package.json') as Manifest;
const zh = read('package.nls.zh-cn.json') as Record<string, string>;
const en = read('package.nls.json') as Record<string, string>;
const REPORT_ONLY = 'editorLangId == nianbao-report';

test('the commands are titled 打开预览 and 在侧边打开预览, with icons for the title bar', () => {
  const title = (id: string) => manifest.contributes.commands.find((c) => c.command === id)!.title.replace(/^%|%$/g, '');
  assert.equal(zh[title('nianbao.showPreview')], '打开预览');
  assert.equal(zh[title('nianbao.showPreviewToSide')], '在侧边打开预览');
  assert.ok(en[title('nianbao.showPreview')] && en[title('nianbao.showPreviewToSide')] && en[title('nianbao.exportTablesCsv')]);
  for (const id of ['nianbao.showPreview', 'nianbao.showPreviewToSide']) {
    assert.match(manifest.contributes.commands.find((c) => c.command === id)!.icon ?? '', /^\$\(/);
  }
});

test('key bindings ctrl+shift+v and ctrl+k v (cmd on macOS), for the report language only', () => {
  const binding = (id: string) => manifest.contributes.keybindings.find((k) => k.command === id)!;
  assert.deepEqual(binding('nianbao.showPreview'), { command: 'nianbao.showPreview', key: 'ctrl+shift+v', mac: 'cmd+shift+v', when: REPORT_ONLY });
  assert.deepEqual(binding('nianbao.showPreviewToSide'), { command: 'nianbao.showPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v', when: REPORT_ONLY });
});

test('the editor title button opens the preview beside (alt: in place), on report editors only', () => {
  const button = manifest.contributes.menus['editor/title']!.find((m) => m.command === 'nianbao.showPreviewToSide')!;
  assert.equal(button.when, REPORT_ONLY);
  assert.equal(button.alt, 'nianbao.showPreview');
  assert.equal(button.group, 'navigation');
  const palette = manifest.contributes.menus['commandPalette']!;
  for (const id of ['nianbao.showPreview', 'nianbao.showPreviewToSide']) assert.equal(palette.find((m) => m.command === id)?.when, REPORT_ONLY);
  assert.match(palette.find((m) => m.command === 'nianbao.exportTablesCsv')?.when ?? '', /activeWebviewPanelId == nianbao\.preview/);
});

test('a preview left open comes back after a reload: activation on its webview panel', () => {
  assert.ok(manifest.activationEvents.includes('onWebviewPanel:nianbao.preview'));
});

test('the .vsix carries the page script and style sheet from dist/media (the one resource root)', () => {
  const ignore = readFileSync(join(repoRoot(), '.vscodeignore'), 'utf8').split('\n');
  assert.ok(ignore.includes('!dist/media/preview.js'));
  assert.ok(ignore.includes('!dist/media/preview.css'));
  const build = readFileSync(join(repoRoot(), 'scripts', 'build.mjs'), 'utf8');
  assert.ok(build.includes("outfile: 'dist/media/preview.js'") && build.includes("outfile: 'dist/media/preview.css'"));
  const panel = readFileSync(join(repoRoot(), 'client', 'src', 'preview', 'panel.ts'), 'utf8');
  assert.equal((panel.match(/localResourceRoots: \[[^\]]*\]/g) ?? []).join(), 'localResourceRoots: [vscode.Uri.joinPath(root, ...MEDIA)]');
  assert.ok(panel.includes("const MEDIA = ['dist', 'media'];"));
});
