import { Anchor, Title, Typography } from '@mantine/core';
import type { ComponentProps } from 'react';
import Markdown, { type Components } from 'react-markdown';

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/**
 * Raw HTML in the body is shown as the text it is, never interpreted: a practice may quote markup, and whatever is
 * typed into a field must stay inert.
 */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem']);

function htmlAsText(node: MarkdownNode): void {
  node.children = node.children?.map((child): MarkdownNode => {
    if (child.type !== 'html') return child;
    const text = { type: 'text', value: child.value ?? '' };
    return FLOW_PARENTS.has(node.type) ? { type: 'paragraph', children: [text] } : text;
  });
  for (const child of node.children ?? []) htmlAsText(child);
}
const remarkHtmlAsText = () => htmlAsText;

const isExternal = (href: string | undefined) => href !== undefined && /^https?:\/\//i.test(href);

/** A link whose address was dropped as unsafe (javascript: and the like) stays plain text. */
function Link({ href, children }: ComponentProps<'a'>) {
  if (!href) return <span>{children}</span>;
  const external = isExternal(href);
  return (
    <Anchor href={href} rel="noopener noreferrer" target={external ? '_blank' : undefined}>
      {children}
    </Anchor>
  );
}

type Order = 3 | 4 | 5 | 6;

function heading(order: Order) {
  return ({ children }: ComponentProps<'h1'>) => (
    <Title order={order} size="h4">
      {children}
    </Title>
  );
}

const clamp = (level: number): Order => (level >= 6 ? 6 : level <= 3 ? 3 : level === 4 ? 4 : 5);

/** The body sits under a section heading, so its own headings continue below it instead of starting at level 1. */
function componentsFrom(start: 3 | 4): Components {
  return {
    a: Link,
    h1: heading(clamp(start)),
    h2: heading(clamp(start + 1)),
    h3: heading(clamp(start + 2)),
    h4: heading(clamp(start + 3)),
    h5: heading(6),
    h6: heading(6),
    img: ({ src, alt }) => (typeof src === 'string' ? <img src={src} alt={alt ?? ''} referrerPolicy="no-referrer" loading="lazy" /> : null),
  };
}
const COMPONENTS = { 3: componentsFrom(3), 4: componentsFrom(4) } as const;

export function MarkdownBody({ text, headingStart = 3 }: { text: string; headingStart?: 3 | 4 }) {
  return (
    <Typography className="practice-markdown">
      <Markdown remarkPlugins={[remarkHtmlAsText]} components={COMPONENTS[headingStart]}>
        {text}
      </Markdown>
    </Typography>
  );
}
