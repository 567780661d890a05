import { Fragment, type ReactNode } from 'react';

/**
 * A message with `{slot}` placeholders filled with elements, so a name from Altegio stays isolated
 * (`UserText`) wherever the language puts it.
 */
export function textWith(text: string, slots: Readonly<Record<string, ReactNode>>): ReactNode {
  return text
    .split(/\{(\w+)\}/g)
    .map((part, index) =>
      index % 2 ? <Fragment key={index}>{part in slots ? slots[part] : `{${part}}`}</Fragment> : part,
    );
}
