/**
 * Browser mode: the launch token leaves the address bar once the page has read it, and the print
 * view's address never carries it (the new tab gets it through sessionStorage).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPrintView } from '../../../src-renderer/api/platform';
import { takeToken, TOKEN_STORAGE_KEY } from '../../../src-renderer/api/transport';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('the browser-mode token', () => {
  it('is taken from the address, kept in sessionStorage, and removed from the address bar', () => {
    window.history.replaceState(null, '', '/?token=secret-123#/members');
    expect(takeToken()).toBe('secret-123');
    expect(window.location.href).not.toContain('secret-123');
    expect(window.location.hash).toBe('#/members');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('secret-123');
    // A reload (no token in the address any more) still finds it.
    expect(takeToken()).toBe('secret-123');
  });

  it('is not in the address of a print view; the new tab receives it in its sessionStorage', async () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, 'secret-456');
    const tabStorage = new Map<string, string>();
    const open = vi.spyOn(window, 'open').mockReturnValue({
      sessionStorage: { setItem: (k: string, v: string) => tabStorage.set(k, v) },
    } as unknown as Window);
    await openPrintView({ route: '/print/roster', pageSize: 'A4', landscape: true, fileName: '花名册.pdf' }, 'print');
    expect(open).toHaveBeenCalledOnce();
    const url = String(open.mock.calls[0]![0]);
    expect(url).not.toContain('secret-456');
    expect(url).not.toContain('token');
    expect(url).toContain('#/print/roster?autoprint=1');
    expect(tabStorage.get(TOKEN_STORAGE_KEY)).toBe('secret-456');
  });
});
