// The preview's HTML shell: a strict Content-Security-Policy with a fresh nonce each time it is
// rendered; the only script is the bundled dist/media/preview.js, the only style sheet
// dist/media/preview.css (the webview's one local resource root). The UI strings travel as an escaped data attribute, not as script.
import { randomBytes } from 'node:crypto';
import type { PreviewStrings } from '../../../shared/previewMessages';

export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function newNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export interface ShellOptions {
  /** webview.cspSource */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  lang: string;
  strings: PreviewStrings;
  nonce?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  // Nothing else is allowed: no images, fonts, frames or connections (default-src 'none').
  return [`default-src 'none'`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
}

export function previewHtml(options: ShellOptions): string {
  const nonce = options.nonce ?? newNonce();
  const a = escapeAttribute;
  return `<!DOCTYPE html>
<html lang="${a(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(contentSecurityPolicy(options.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="nianbao-preview-data" data-strings="${a(JSON.stringify(options.strings))}">
<link rel="stylesheet" href="${a(options.styleUri)}">
</head>
<body>
<main id="root"></main>
<script nonce="${nonce}" src="${a(options.scriptUri)}"></script>
</body>
</html>`;
}
