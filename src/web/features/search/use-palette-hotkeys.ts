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

/** The shortcut as a Mac or a PC keyboard labels it. */
export function paletteShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘ K' : 'Ctrl K';
}
