import { isolatedParts } from './isolate';
import { UserText } from './UserText';

/** A string built with `isolate` (a notice, a dialog's title), each isolated text shown as `<bdi>`. */
export function IsolatedText({ text }: { text: string }) {
  return (
    <>
      {isolatedParts(text).map((part, index) =>
        part.isolated ? <UserText key={index}>{part.text}</UserText> : part.text,
      )}
    </>
  );
}
