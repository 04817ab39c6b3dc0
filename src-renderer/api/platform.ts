/**
 * Things the shell does differently: saving a file and printing a view. Electron uses its save
 * dialog and webContents; the browser mode downloads and opens the print view in a new tab.
 */
import type { PrintRequest, SaveResult } from '../../shared/api/bridge';
import type { Download } from '../../shared/api/common';
import { currentToken, desktopBridge, TOKEN_STORAGE_KEY } from './transport';

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function saveDownload(file: Download): Promise<SaveResult> {
  const bridge = desktopBridge();
  if (bridge) return bridge.saveFile(file.fileName, file.contentBase64);
  const blob = new Blob([base64ToBytes(file.contentBase64)]);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

/** The browser mode opens the print view in a new tab, where the browser's own print dialog prints or saves PDF. */
export async function openPrintView(request: PrintRequest, mode: 'print' | 'pdf'): Promise<void> {
  const bridge = desktopBridge();
  if (bridge) {
    if (mode === 'pdf') await bridge.printToPdf(request);
    else await bridge.print(request);
    return;
  }
  const url = new URL(window.location.href);
  // The token never travels in an address (history, a printed page's footer, a shared link): a
  // tab opened by this page starts with a copy of its sessionStorage, which holds the token.
  url.searchParams.delete('token');
  url.hash = `${request.route}${request.route.includes('?') ? '&' : '?'}autoprint=1`;
  const tab = window.open(url.toString(), '_blank');
  if (tab && currentToken()) {
    // Some browsers do not copy sessionStorage to a new tab: hand the token over directly.
    try {
      tab.sessionStorage.setItem(TOKEN_STORAGE_KEY, currentToken());
    } catch {
      // Not reachable (another origin): the tab then asks for the address with its token.
    }
  }
}
