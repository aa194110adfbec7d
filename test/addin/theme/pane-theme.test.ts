/**
 * The pane wears Fluent's high-contrast theme whenever the system asks for high contrast
 * (Windows high contrast reaches a WebView as forced colours; or a "more contrast" preference),
 * whatever the host's light or dark; otherwise the host's theme.
 */
import { describe, expect, it } from 'vitest';
import { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';
import { FLUENT_THEME, wantsHighContrast } from '../../../addin/theme/pane-theme';

const media = (on: readonly string[]) => ({
  matchMedia: (q: string) => ({ matches: on.includes(q) }) as MediaQueryList,
});

describe('pane theme', () => {
  it('asks for high contrast under forced colours or a more-contrast preference', () => {
    expect(wantsHighContrast(media(['(forced-colors: active)']))).toBe(true);
    expect(wantsHighContrast(media(['(prefers-contrast: more)']))).toBe(true);
    expect(wantsHighContrast(media(['(prefers-color-scheme: dark)']))).toBe(false);
    expect(wantsHighContrast({} as Window)).toBe(false);
  });

  it('maps each pane theme to Fluent’s', () => {
    expect(FLUENT_THEME['high-contrast']).toBe(teamsHighContrastTheme);
    expect(FLUENT_THEME.dark).toBe(webDarkTheme);
  });
});
