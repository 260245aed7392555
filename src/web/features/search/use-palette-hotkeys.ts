import { useEffect } from 'react';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Ctrl+K (⌘K on a Mac) anywhere, even inside a form field; `/` only where it would not be typed into a field. */
export function isPaletteShortcut(event: KeyboardEvent): boolean {
  const withModifier = event.ctrlKey || event.metaKey;
  if (withModifier && !event.altKey && !event.shiftKey && (event.key.toLowerCase() === 'k' || event.code === 'KeyK')) return true;
  return event.key === '/' && !withModifier && !event.altKey && !isTyping(event.target);
}

export function usePaletteHotkeys(open: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !isPaletteShortcut(event)) return;
      // Browsers use Ctrl+K for their own search box and `/` for quick find.
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

/** A printable character typed without a modifier, which would go into a text field. */
export function typedCharacter(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return null;
  return event.key;
}

/**
 * Keys typed between the shortcut and the moment the palette's field has the focus (Mantine moves it a moment
 * later) belong to the query, not to the page underneath.
 */
export function useEarlyTyping(opened: boolean, paletteAttribute: string, onType: (character: string) => void) {
  useEffect(() => {
    if (!opened) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof Element && target.closest(`[${paletteAttribute}]`)) return;
      const character = typedCharacter(event);
      if (character === null || event.isComposing) return;
      // Nor may the page's single-key shortcuts (N, L, E …) act on them.
      event.preventDefault();
      event.stopImmediatePropagation();
      onType(character);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [opened, paletteAttribute, onType]);
}

/** The shortcut as a Mac or a PC keyboard labels it. */
export function paletteShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘ K' : 'Ctrl K';
}
