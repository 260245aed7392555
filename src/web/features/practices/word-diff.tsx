import { VisuallyHidden } from '@mantine/core';
import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import './practices.css';

export type DiffSide = 'both' | 'before' | 'after';

/**
 * A word-level diff. Added words are <ins> (underlined), removed ones <del> (struck through), each also announced
 * by hidden words, so the change is never told by colour alone. `before`/`after` show one side of a side-by-side view.
 */
export function WordDiff({ before, after, side = 'both' }: { before: string; after: string; side?: DiffSide }) {
  const { t } = useTranslation('practices');
  const parts = useMemo(() => diffWordsWithSpace(before, after), [before, after]);
  return (
    <span className="diff-text">
      {parts.map((part, index) => {
        const key = `${index}-${part.added ? 'a' : part.removed ? 'r' : 's'}`;
        if (part.added) {
          if (side === 'before') return null;
          return (
            <ins key={key}>
              <VisuallyHidden component="span">{t('diff.insStart')}</VisuallyHidden>
              {part.value}
              <VisuallyHidden component="span">{t('diff.end')}</VisuallyHidden>
            </ins>
          );
        }
        if (part.removed) {
          if (side === 'after') return null;
          return (
            <del key={key}>
              <VisuallyHidden component="span">{t('diff.delStart')}</VisuallyHidden>
              {part.value}
              <VisuallyHidden component="span">{t('diff.end')}</VisuallyHidden>
            </del>
          );
        }
        return <span key={key}>{part.value}</span>;
      })}
    </span>
  );
}
