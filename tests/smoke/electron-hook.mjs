// Module-resolve hook: `electron` (from the main bundle or from electron-store) resolves to the stand-in.
const stub = new URL('./electron-stub.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: stub, shortCircuit: true };
  return nextResolve(specifier, context);
}
