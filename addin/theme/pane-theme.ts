/**
 * Which Fluent theme the pane wears: high contrast whenever the system asks for it (Windows high
 * contrast, i.e. forced colours, in Office's WebView or a browser; or a "more contrast"
 * preference), else the host's light or dark. Office's `officeTheme` has no high-contrast flag,
 * and Windows high contrast reaches the pane as `forced-colors: active`, so the media queries
 * decide in both hosts; they are watched, so switching Windows' theme re-themes an open pane.
 */
import { useEffect, useState } from 'react';
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';

export type PaneThemeName = 'light' | 'dark' | 'high-contrast';

const QUERIES = ['(forced-colors: active)', '(prefers-contrast: more)'];

/** True when the system asks for high contrast (false where matchMedia is missing). */
export function wantsHighContrast(w: Pick<Window, 'matchMedia'> | undefined = globalThis.window) {
  return QUERIES.some((q) => w?.matchMedia?.(q).matches ?? false);
}

export const FLUENT_THEME: Readonly<Record<PaneThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

/** The theme to use now, following the system's contrast settings as they change. */
export function usePaneTheme(host: 'light' | 'dark' | 'high-contrast'): PaneThemeName {
  const [hc, setHc] = useState(() => host === 'high-contrast' || wantsHighContrast());
  useEffect(() => {
    const lists = QUERIES.map((q) => window.matchMedia?.(q)).filter((m) => m !== undefined);
    const update = () => setHc(host === 'high-contrast' || wantsHighContrast());
    for (const m of lists) m.addEventListener?.('change', update);
    return () => {
      for (const m of lists) m.removeEventListener?.('change', update);
    };
  }, [host]);
  return hc || host === 'high-contrast' ? 'high-contrast' : host;
}
