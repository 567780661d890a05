import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with `{name}` places filled by elements (a code sample, a user's text), so each
 * language keeps its own word order.
 */
export function withParts(text: string, parts: Record<string, ReactNode>): ReactNode {
  return text.split(/(\{\w+\})/).map((piece, index) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <Fragment key={index}>{name !== undefined && name in parts ? parts[name] : piece}</Fragment>;
  });
}
