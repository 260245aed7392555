import { useEffect, useRef } from 'react';
import { optionIndexForKey } from './assistant-flow.ts';

export interface AssistantKeyHandlers {
  /** A number key 1–9 or 0, as the option index it stands for. */
  onOption: (index: number) => void;
  onNext: () => void;
  onBack: () => void;
}

const TYPING = ['INPUT', 'TEXTAREA', 'SELECT'];
const ACTIVATES = ['BUTTON', 'A', 'SUMMARY'];

/** Keys that belong to a field, a dialog, or a focused control the browser activates itself. */
function ownedElsewhere(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || TYPING.includes(target.tagName)) return true;
  if (target.closest('[role="dialog"], [role="menu"], [role="listbox"]')) return true;
  return event.key === 'Enter' && (ACTIVATES.includes(target.tagName) || target.getAttribute('role') === 'button');
}

/**
 * The assistant's keys anywhere on its page: number keys choose, Enter goes on, Esc goes back.
 * Nothing happens while a dialog is open (the difficult-situation mode, the contact form).
 */
export function useAssistantKeys(handlers: AssistantKeyHandlers, blocked: boolean) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (blocked || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || ownedElsewhere(event)) return;
      const option = optionIndexForKey(event.key);
      if (option !== null) {
        event.preventDefault();
        latest.current.onOption(option);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        latest.current.onNext();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        latest.current.onBack();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blocked]);
}
