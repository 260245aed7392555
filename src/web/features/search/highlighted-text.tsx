import type { HighlightSegment } from '../../../shared/search.schema.ts';

/** Matched words inside `<mark>`, every segment as plain text: a practice's text can never become markup. */
export function HighlightedText({ segments }: { segments: readonly HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their order, which never changes
          <mark key={index} className="search-mark">
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
