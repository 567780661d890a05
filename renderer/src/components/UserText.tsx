/**
 * Text that came from Altegio (a name, a title, a comment), shown inline: isolated from the text around it,
 * so a right-to-left override inside cannot turn what follows around (`<bdi>`), and allowed to break
 * anywhere (the theme), so one long word cannot widen what holds it. React already shows it as text.
 */
export function UserText({ children }: { children: string | null | undefined }) {
  return <bdi>{children}</bdi>;
}
